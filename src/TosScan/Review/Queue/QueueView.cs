using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace TosScan.Review.Queue;

/// <summary>
/// What the queue shows and in which order, as the query string of <c>/queue</c> carries it, so a
/// link to a view (and a position in it, <see cref="At"/>) can be shared.
/// </summary>
/// <param name="Provider">Only this provider (exact name), or all.</param>
/// <param name="Label">Only flags of this label, or all.</param>
/// <param name="MinScore">Only machine flags scoring at least this (0-1).</param>
/// <param name="MaxScore">Only machine flags scoring at most this (0-1).</param>
/// <param name="State"><see cref="Unreviewed"/> (default), <see cref="Reviewed"/>, <see cref="Conflicts"/> or <see cref="All"/>.</param>
/// <param name="Order"><see cref="LeastCertain"/> (default), <see cref="GradeImpact"/> or <see cref="DocumentOrder"/>.</param>
/// <param name="At">The position (0-based) of the flag shown first.</param>
internal sealed record QueueView(string? Provider, string? Label, double? MinScore, double? MaxScore, string State, string Order, int At)
{
    public const string Unreviewed = "unreviewed";
    public const string Reviewed = "reviewed";
    public const string Conflicts = "conflict";
    public const string All = "all";

    public const string LeastCertain = "uncertain";
    public const string GradeImpact = "impact";
    public const string DocumentOrder = "document";

    public static IReadOnlyList<string> States { get; } = [Unreviewed, Reviewed, Conflicts, All];

    public static IReadOnlyList<string> Orders { get; } = [LeastCertain, GradeImpact, DocumentOrder];

    public static QueueView Default { get; } = new(null, null, null, null, Unreviewed, LeastCertain, 0);

    /// <summary>Reads the view from a query string; a value it cannot use is named in <paramref name="problems"/> and left at its default.</summary>
    public static QueueView Parse(IQueryCollection query, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(problems);
        var label = Text(query, "label");
        if (label is not null && !ReviewLabels.IsKnown(label))
        {
            problems.Add($"label '{label}' is not one of {string.Join(", ", ReviewLabels.All)}; showing all labels");
            label = null;
        }

        var state = Text(query, "state") ?? Unreviewed;
        if (!States.Contains(state))
        {
            problems.Add($"state '{state}' is not one of {string.Join(", ", States)}; showing unreviewed flags");
            state = Unreviewed;
        }

        var order = Text(query, "order") ?? LeastCertain;
        if (!Orders.Contains(order))
        {
            problems.Add($"order '{order}' is not one of {string.Join(", ", Orders)}; ordering least certain first");
            order = LeastCertain;
        }

        var at = int.TryParse(Text(query, "at"), NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : 0;
        return new QueueView(Text(query, "provider"), label, Score(query, "min", problems), Score(query, "max", problems), state, order, at);
    }

    /// <summary>The query string of this view (without <see cref="At"/>), for links and the filter form.</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        Add("provider", Provider);
        Add("label", Label);
        Add("min", MinScore?.ToString("0.###", CultureInfo.InvariantCulture));
        Add("max", MaxScore?.ToString("0.###", CultureInfo.InvariantCulture));
        Add("state", State);
        Add("order", Order);
        return string.Join('&', parts);

        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }
    }

    private static string? Text(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.ToString() is { Length: > 0 } value ? value : null;

    private static double? Score(IQueryCollection query, string name, List<string> problems)
    {
        if (Text(query, name) is not { } text)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 1)
        {
            return score;
        }

        problems.Add($"{name} '{text}' is not a score between 0 and 1; ignored");
        return null;
    }
}
