using System.Globalization;
using System.Text;
using TosScan.Classification;
using TosScan.Documents;
using TosScan.Storage;

namespace TosScan.Review;

/// <summary>Renders the two pages of the review screen: the provider list and one provider's clauses.</summary>
internal static class ReviewPages
{
    /// <summary>What every page needs from the server: the anti-forgery token, the script nonce and the default reviewer.</summary>
    internal sealed record PageContext(string Token, string ScriptNonce, string Reviewer);

    /// <summary>A line of the index; <c>NotChecked</c> is set when the model read none of the provider's documents and is shown instead of the flagged-clause count.</summary>
    internal sealed record ProviderSummary(string Provider, int Documents, int FlaggedClauses, int Decisions, string? NotChecked = null);

    /// <summary>One provider's line of the index.</summary>
    public static ProviderSummary Summarise(string provider, IReadOnlyList<ReviewDocument> documents, IReadOnlyDictionary<(string ClauseKey, string Label), ReviewDecision> newest)
    {
        var notChecked = documents.Select(NotChecked).ToList();
        return new ProviderSummary(
            provider,
            documents.Count,
            documents.Sum(d => ReviewClauseCards.Flagged(d, newest).Count),
            newest.Count,
            notChecked.Count > 0 && notChecked.All(n => n is not null) ? string.Join("; ", notChecked.Distinct(StringComparer.Ordinal)) : null);
    }

    private static string? NotChecked(ReviewDocument document) =>
        ClassificationCoverage.NotCheckedFor(document.Analysis.Document.Language, document.Analysis.Provenance);

    public static string Index(PageContext context, IReadOnlyList<ProviderSummary> providers, IReadOnlyList<string> problems)
    {
        var body = new StringBuilder();
        body.Append("<nav><a class=\"queue\" href=\"/queue\">Review queue: one flag at a time, least certain first, by keyboard &rarr;</a></nav>\n");
        body.Append("<h1>Flagged clauses by provider</h1>\n");
        Problems(body, problems);
        if (providers.Count == 0)
        {
            body.Append("<p>No analysed documents in the store yet. Run <code>tosscan scan</code> first.</p>\n");
        }
        else
        {
            body.Append("<table><thead><tr><th>Provider</th><th>Documents</th><th>Flagged clauses</th><th>Decisions</th></tr></thead><tbody>\n");
            foreach (var p in providers)
            {
                body.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{ProviderLink(p.Provider)}\">{Html.Encode(p.Provider)}</a></td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{p.Documents}</td><td>{(p.NotChecked is { } none && p.FlaggedClauses == 0 ? Html.Encode(none) : p.FlaggedClauses.ToString(CultureInfo.InvariantCulture))}</td><td>{p.Decisions}</td></tr>\n");
            }

            body.Append("</tbody></table>\n");
        }

        return Page(context, "TosScan review", body.ToString());
    }

    public static string Provider(
        PageContext context,
        string provider,
        string? nextProvider,
        IReadOnlyList<ReviewDocument> documents,
        IReadOnlyDictionary<(string ClauseKey, string Label), ReviewDecision> newest,
        IReadOnlyList<string> problems)
    {
        var body = new StringBuilder();
        body.Append("<nav><a href=\"/\">&larr; All providers</a>");
        if (nextProvider is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $" | <a class=\"next\" href=\"{ProviderLink(nextProvider)}\">Next provider: {Html.Encode(nextProvider)} &rarr;</a>");
        }

        body.Append(CultureInfo.InvariantCulture, $"</nav>\n<h1>{Html.Encode(provider)}</h1>\n");
        Problems(body, problems);
        if (documents.Count == 0)
        {
            body.Append("<p>No analysed documents for this provider.</p>\n");
        }

        foreach (var document in documents)
        {
            var cards = ReviewClauseCards.Flagged(document, newest);
            body.Append(CultureInfo.InvariantCulture, $"<section class=\"document\" data-type=\"{document.Type.ToWireName()}\">\n")
                .Append(CultureInfo.InvariantCulture, $"<h2>{Html.Encode(document.Type.ToWireName())} <small>version {document.VersionId}, retrieved {Time(document.RetrievedAt)}, {Html.Encode(document.Location)}</small></h2>\n");
            if (cards.Count == 0)
            {
                body.Append(NotChecked(document) is { } notChecked
                    ? $"<p>{Html.Encode(notChecked)}: the model did not read this document; flag its clauses by hand below.</p>\n"
                    : "<p>The model flagged no clause in this document.</p>\n");
            }

            foreach (var card in cards)
            {
                Card(body, card);
            }

            var unflagged = ReviewClauseCards.Unflagged(document, newest).ToList();
            body.Append(CultureInfo.InvariantCulture, $"<details class=\"missed\"><summary>Flag a clause the model missed ({unflagged.Count} unflagged clauses)</summary>\n");
            foreach (var (clause, key) in unflagged)
            {
                body.Append(CultureInfo.InvariantCulture, $"<article class=\"clause unflagged\" data-provider=\"{Html.Encode(document.Provider)}\" data-type=\"{document.Type.ToWireName()}\" data-key=\"{key}\">\n")
                    .Append(CultureInfo.InvariantCulture, $"<p class=\"text\">{Html.Encode(clause.Text)}</p>\n");
                AddControls(body);
                body.Append("</article>\n");
            }

            body.Append("</details>\n</section>\n");
        }

        return Page(context, $"TosScan review: {provider}", body.ToString());
    }

    internal static string ProviderLink(string provider) => Html.Encode("/provider?name=" + Uri.EscapeDataString(provider));

    private static void Card(StringBuilder body, ReviewClauseCard card)
    {
        body.Append(CultureInfo.InvariantCulture, $"<article class=\"clause\" data-provider=\"{Html.Encode(card.Provider)}\" data-type=\"{card.Type.ToWireName()}\" data-key=\"{card.ClauseKey}\">\n");
        if (card.SectionHeading is { } heading)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"section\">{Html.Encode(heading)}</p>\n");
        }

        if (card.Previous is { } previous && !ReviewClauseCards.IsTitle(previous))
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"context\">{Html.Encode(previous.Text)}</p>\n");
        }

        var evidence = card.Flags.Where(f => f.Machine is not null).SelectMany(f => f.Machine!.Evidence);
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"text\">{Html.MarkEvidence(card.Clause, evidence)}</p>\n");
        if (card.Next is { } next)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"context\">{Html.Encode(next.Text)}</p>\n");
        }

        body.Append("<ul class=\"flags\">\n");
        foreach (var row in card.Flags)
        {
            var state = row.Decision?.Decision ?? "undecided";
            body.Append(CultureInfo.InvariantCulture, $"<li class=\"flag\" data-label=\"{Html.Encode(row.Label)}\" data-state=\"{Html.Encode(state)}\">")
                .Append(CultureInfo.InvariantCulture, $"<b>{Html.Encode(row.Label)}</b> ");
            if (row.Machine is { } flag)
            {
                var consent = flag.Consent is null ? string.Empty : $", consent {flag.Consent}";
                body.Append(CultureInfo.InvariantCulture, $"<span class=\"why\">{Html.Encode(flag.Kind)}, score {flag.Score.ToString("0.00", CultureInfo.InvariantCulture)}{Html.Encode(consent)}: {Html.Encode(flag.Reason)}</span> ");
            }
            else
            {
                body.Append("<span class=\"why\">added by a reviewer</span> ");
            }

            body.Append(CultureInfo.InvariantCulture, $"<span class=\"status\">{Html.Encode(Status(row.Decision))}</span>\n")
                .Append("<span class=\"actions\"><button type=\"button\" data-decision=\"confirmed\">Confirm</button> ")
                .Append("<button type=\"button\" data-decision=\"rejected\">Reject</button> ")
                .Append("<select class=\"new-label\" aria-label=\"New label\">");
            foreach (var label in ReviewLabels.RelabelChoices(row.Label))
            {
                body.Append(CultureInfo.InvariantCulture, $"<option>{label}</option>");
            }

            body.Append("</select> <button type=\"button\" data-decision=\"relabelled\">Change label</button></span></li>\n");
        }

        body.Append("</ul>\n");
        AddControls(body);
        body.Append("</article>\n");
    }

    /// <summary>The note field and "add a label" controls every clause has.</summary>
    private static void AddControls(StringBuilder body)
    {
        body.Append("<div class=\"add\"><textarea class=\"note\" rows=\"1\" placeholder=\"Note (saved with the next decision)\" aria-label=\"Note\"></textarea> ")
            .Append("<select class=\"add-label\" aria-label=\"Label to add\">");
        foreach (var label in ReviewLabels.All)
        {
            body.Append(CultureInfo.InvariantCulture, $"<option>{label}</option>");
        }

        body.Append("</select> <button type=\"button\" data-decision=\"added\">Add flag</button> <span class=\"add-status\"></span></div>\n");
    }

    public static string Status(ReviewDecision? decision) => decision switch
    {
        null => "not reviewed",
        { Decision: ReviewDecisionKinds.Relabelled } d => $"relabelled to {d.NewLabel} by {d.Reviewer}, {Time(d.DecidedAt)}{Note(d)}",
        { } d => $"{d.Decision} by {d.Reviewer}, {Time(d.DecidedAt)}{Note(d)}",
    };

    private static string Note(ReviewDecision decision) => string.IsNullOrEmpty(decision.Note) ? string.Empty : $" (note: {decision.Note})";

    internal static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    internal static void Problems(StringBuilder body, IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"problem\">{Html.Encode(problem)}</p>\n");
        }
    }

    /// <param name="context">Token, nonce and default reviewer.</param>
    /// <param name="title">The page title (escaped here).</param>
    /// <param name="body">Escaped HTML of the page body.</param>
    /// <param name="script">A further inline script (from <see cref="ReviewAssets"/>, never from data), run after the common one.</param>
    internal static string Page(PageContext context, string title, string body, string script = "") => $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="review-token" content="{{context.Token}}">
        <title>{{Html.Encode(title)}}</title>
        <style>{{ReviewAssets.Css}}</style>
        </head>
        <body>
        <header><label>Reviewer <input id="reviewer" value="{{Html.Encode(context.Reviewer)}}" maxlength="{{ReviewServerOptions.MaxReviewerLength}}"></label></header>
        <main>
        {{body}}
        </main>
        <script nonce="{{context.ScriptNonce}}">{{ReviewAssets.Script}}{{script}}</script>
        </body>
        </html>
        """;
}
