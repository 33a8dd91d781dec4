using System.Globalization;
using System.Text;
using TosScan.Documents;
using TosScan.Review.Agreement;

namespace TosScan.Review.Queue;

/// <summary>
/// Renders <c>/queue</c>: one flag at a time (every flag of the view is in the page, all but one
/// hidden, so moving on needs no request), the keys, the progress line, the view form and the
/// agreement panel. Everything from a crawled page or a reviewer is escaped here; the script only
/// sets text and attributes.
/// </summary>
internal static class QueuePage
{
    /// <summary>The keys, as the page and docs/review-and-history.md show them.</summary>
    public static IReadOnlyList<(string[] Keys, string Action)> Keys { get; } =
    [
        (["c"], "confirm the flag"),
        (["x"], "reject the flag"),
        (["1", "6"], "relabel to the label with that number (the same number for every flag)"),
        (["n"], "write a note; Enter keeps it for the next decision, Esc leaves it"),
        (["s"], "skip: next flag without deciding"),
        (["u"], "undo your last decision on this screen"),
        (["j", "→"], "next flag"),
        (["k", "←"], "previous flag"),
    ];

    public static string Render(
        ReviewPages.PageContext context,
        QueueView view,
        ReviewQueue queue,
        IReadOnlyList<string> providers,
        string sinceTraining,
        AgreementReport agreement,
        IReadOnlyList<string> problems)
    {
        var body = new StringBuilder();
        body.Append("<nav><a href=\"/\">&larr; All providers</a></nav>\n<h1>Review queue</h1>\n");
        ReviewPages.Problems(body, problems);
        ViewForm(body, view, providers);
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"progress\" id=\"progress\">{Html.Encode(Progress(queue.Items))}</p>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"overall\">In all: <span id=\"overall-reviewed\">{queue.Reviewed}</span> of {queue.Flags} flags on the current documents have a decision.</p>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"since-training\">{SinceTraining(sinceTraining)}</p>\n");
        body.Append("<div class=\"queue-layout\"><div>\n");
        if (queue.Items.Count == 0)
        {
            body.Append("<p class=\"empty\">No flag in this view. Change the filters above (state \"all\" shows reviewed flags too).</p>\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"<section id=\"queue\" data-labels=\"{string.Join(' ', ReviewLabels.All)}\" data-count=\"{queue.Items.Count}\" data-query=\"{Html.Encode(view.ToQuery())}\">\n");
        var at = queue.Items.Count == 0 ? 0 : Math.Clamp(view.At, 0, queue.Items.Count - 1);
        for (var i = 0; i < queue.Items.Count; i++)
        {
            Item(body, queue.Items[i], i, queue.Items.Count, i != at);
        }

        body.Append("</section>\n")
            .Append("<p class=\"note-box\"><label>Note (<kbd>n</kbd>) <textarea id=\"note\" rows=\"2\" maxlength=\"")
            .Append(ReviewServerOptions.MaxNoteLength.ToString(CultureInfo.InvariantCulture))
            .Append("\" placeholder=\"Saved with your next decision\"></textarea></label></p>\n")
            .Append("<p class=\"message\" id=\"message\" role=\"status\"></p>\n</div>\n");
        KeyTable(body);
        body.Append("</div>\n");
        AgreementPanel(body, agreement);
        return ReviewPages.Page(context, "TosScan review queue", body.ToString(), ReviewAssets.QueueScript);
    }

    /// <summary>The line with its leading count in a span the script keeps up to date as decisions are made and undone.</summary>
    private static string SinceTraining(string line)
    {
        var digits = line.TakeWhile(char.IsAsciiDigit).Count();
        return digits == 0
            ? Html.Encode(line)
            : $"<span id=\"since-count\">{line[..digits]}</span>{Html.Encode(line[digits..])}";
    }

    /// <summary>"Reviewed 3 of 20 in this view, 17 left · content_ownership 1/7 · ...": the script keeps the same wording.</summary>
    internal static string Progress(IReadOnlyList<QueueItem> items)
    {
        var reviewed = items.Count(i => i.IsReviewed);
        var perLabel = items.GroupBy(i => i.Label, StringComparer.Ordinal)
            .OrderBy(g => ReviewLabels.All.ToList().IndexOf(g.Key))
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count(i => i.IsReviewed)}/{g.Count()}"));
        return string.Join(" · ", new[] { string.Create(CultureInfo.InvariantCulture, $"Reviewed {reviewed} of {items.Count} in this view, {items.Count - reviewed} left") }.Concat(perLabel));
    }

    private static void ViewForm(StringBuilder body, QueueView view, IReadOnlyList<string> providers)
    {
        body.Append("<form class=\"view\" method=\"get\" action=\"/queue\">");
        Select(body, "provider", "Provider", view.Provider, [("", "all"), .. providers.Select(p => (p, p))]);
        Select(body, "label", "Label", view.Label, [("", "all"), .. ReviewLabels.All.Select(l => (l, l))]);
        body.Append(CultureInfo.InvariantCulture, $"<label>Score from <input name=\"min\" size=\"4\" inputmode=\"decimal\" value=\"{Score(view.MinScore)}\"></label> ")
            .Append(CultureInfo.InvariantCulture, $"<label>to <input name=\"max\" size=\"4\" inputmode=\"decimal\" value=\"{Score(view.MaxScore)}\"></label> ");
        Select(body, "state", "Show", view.State, [.. QueueView.States.Select(s => (s, s))]);
        Select(body, "order", "Order", view.Order, [(QueueView.LeastCertain, "least certain first"), (QueueView.GradeImpact, "effect on the grade"), (QueueView.DocumentOrder, "document order")]);
        body.Append("<button type=\"submit\">Show</button></form>\n");
    }

    private static string Score(double? score) => score?.ToString("0.###", CultureInfo.InvariantCulture) ?? string.Empty;

    private static void Select(StringBuilder body, string name, string caption, string? selected, IReadOnlyList<(string Value, string Text)> options)
    {
        body.Append(CultureInfo.InvariantCulture, $"<label>{caption} <select name=\"{name}\">");
        foreach (var (value, text) in options)
        {
            var isSelected = value == (selected ?? string.Empty) ? " selected" : string.Empty;
            body.Append(CultureInfo.InvariantCulture, $"<option value=\"{Html.Encode(value)}\"{isSelected}>{Html.Encode(text)}</option>");
        }

        body.Append("</select></label> ");
    }

    private static void Item(StringBuilder body, QueueItem item, int index, int count, bool hidden)
    {
        var card = item.Card;
        var flag = item.Flag;
        var state = flag.Decision?.Decision ?? "undecided";
        body.Append(CultureInfo.InvariantCulture, $"<article class=\"clause queue-item\" data-index=\"{index}\" data-provider=\"{Html.Encode(card.Provider)}\" data-type=\"{card.Type.ToWireName()}\" data-key=\"{card.ClauseKey}\" data-label=\"{Html.Encode(flag.Label)}\" data-state=\"{Html.Encode(state)}\"{(hidden ? " hidden" : string.Empty)}>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"where\">Flag {index + 1} of {count} · {Html.Encode(card.Provider)} · {card.Type.ToWireName()} · clause {card.Clause.Index}</p>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"flag-line\"><b class=\"label\">{Html.Encode(flag.Label)}</b> ");
        if (flag.Machine is { } machine)
        {
            body.Append(CultureInfo.InvariantCulture, $"<span class=\"why\">{Html.Encode(machine.Kind)}, score {machine.Score:0.00} (threshold {machine.Threshold:0.00}, {item.Distance:0.00} away): {Html.Encode(machine.Reason)}</span>");
        }
        else
        {
            body.Append("<span class=\"why\">added by a reviewer</span>");
        }

        body.Append("</p>\n");
        if (item.Effect is { } effect)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"effect{(effect.ChangesLetter ? " moves" : string.Empty)}\">{Html.Encode(effect.Describe())}</p>\n");
        }

        if (item.Judgements is { Conflict: true } judgements)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"conflict\">Reviewers disagree: {Html.Encode(judgements.Describe())}. The grade uses the newest decision ({Html.Encode(judgements.Newest.Reviewer)}'s).</p>\n");
        }

        if (card.SectionHeading is { } heading)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"section\">{Html.Encode(heading)}</p>\n");
        }

        if (card.Previous is { } previous && !ReviewClauseCards.IsTitle(previous))
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"context\">{Html.Encode(previous.Text)}</p>\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"<p class=\"text\">{Html.MarkEvidence(card.Clause, flag.Machine?.Evidence ?? [])}</p>\n");
        if (card.Next is { } next)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"context\">{Html.Encode(next.Text)}</p>\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"<p class=\"status\">{Html.Encode(ReviewPages.Status(flag.Decision))}</p>\n")
            .Append("<p class=\"actions\"><button type=\"button\" data-key=\"c\"><kbd>c</kbd> Confirm</button> <button type=\"button\" data-key=\"x\"><kbd>x</kbd> Reject</button> Relabel to:</p>\n<ul class=\"relabel\">");
        foreach (var label in ReviewLabels.RelabelChoices(flag.Label))
        {
            var key = ReviewLabels.KeyOf(label);
            body.Append(CultureInfo.InvariantCulture, $"<li><button type=\"button\" data-key=\"{key}\" data-new-label=\"{label}\"><kbd>{key}</kbd> {label}</button></li>");
        }

        body.Append("</ul>\n</article>\n");
    }

    private static void KeyTable(StringBuilder body)
    {
        body.Append("<aside class=\"keys\"><h2>Keys</h2><table><tbody>\n");
        foreach (var (keys, action) in Keys)
        {
            // "1" and "6" is a range; two other keys are alternatives.
            var separator = keys[0] == "1" ? "&ndash;" : " or ";
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>{string.Join(separator, keys.Select(k => $"<kbd>{Html.Encode(k)}</kbd>"))}</td><td>{Html.Encode(action)}</td></tr>\n");
        }

        body.Append("</tbody></table><p>Labels: ");
        body.Append(string.Join(", ", ReviewLabels.All.Select(l => $"<kbd>{ReviewLabels.KeyOf(l)}</kbd> {l}")));
        body.Append("</p></aside>\n");
    }

    private static void AgreementPanel(StringBuilder body, AgreementReport agreement)
    {
        body.Append("<details class=\"agreement\" id=\"agreement\"><summary>Agreement between reviewers</summary>\n")
            .Append(CultureInfo.InvariantCulture, $"<p>{agreement.FlagsJudged} flags have a decision; {agreement.FlagsJudgedByTwo} were judged by two or more reviewers, {agreement.Disagreements.Count} of them differently.</p>\n");
        if (agreement.Pairs.Count > 0)
        {
            body.Append("<table><thead><tr><th>Label</th><th>Reviewers</th><th>Flags both judged</th><th>Agreed</th><th>Cohen's kappa</th></tr></thead><tbody>\n");
            foreach (var pair in agreement.Pairs)
            {
                body.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Encode(pair.Label)}</td><td>{Html.Encode(pair.ReviewerA)} and {Html.Encode(pair.ReviewerB)}</td><td>{pair.Flags}</td><td>{pair.Agreed} ({pair.Observed:0%})</td><td>{Html.Encode(AgreementText.Kappa(pair.Kappa))}</td></tr>\n");
            }

            body.Append("</tbody></table>\n");
        }

        if (agreement.Disagreements.Count > 0)
        {
            body.Append("<h3>Disagreements (the grade uses the newest decision)</h3><ul class=\"disagreements\">\n");
            foreach (var flag in agreement.Disagreements)
            {
                body.Append(CultureInfo.InvariantCulture, $"<li>{Html.Encode(flag.Provider)} {flag.Type.ToWireName()}, {Html.Encode(flag.Label)}: {Html.Encode(flag.Describe())} — “{Html.Encode(ReviewText.Shorten(flag.Newest.ClauseText))}”</li>\n");
            }

            body.Append("</ul>\n");
        }

        body.Append("</details>\n");
    }
}
