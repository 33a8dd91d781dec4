using System.Globalization;
using System.Text;
using TosScan.Reporting.Scorecards;

namespace TosScan.Reporting.Reports;

/// <summary>
/// The report's two charts as inline SVG drawn here: no plotting library, no fonts to ship, no
/// network, and the HTML stays one self-contained file. Provider names are escaped like all text.
/// </summary>
internal static class SvgCharts
{
    private const int Width = 720;
    private const int Left = 170;
    private const int Right = 120;
    private const int Top = 34;
    private const int Row = 26;

    private static readonly (string Label, string Colour)[] RiskColours =
    [
        ("content_ownership", "#b03a2e"),
        ("indefinite_retention", "#d68910"),
        ("third_party_marketing", "#7d3c98"),
    ];

    private const string ProtectiveColour = "#1e8449";

    /// <summary>Word-weighted Flesch-Kincaid grade per provider, with the grade-8 target marked.</summary>
    public static string Readability(IReadOnlyList<ProviderScorecard> providers)
    {
        var max = Math.Max(20, providers.Select(p => p.FleschKincaidGrade ?? 0).DefaultIfEmpty(0).Max());
        var height = Top + (providers.Count * Row) + 30;
        var svg = Open("Readability by provider (Flesch-Kincaid grade, lower is easier)", height);
        var plot = Width - Left - Right;
        for (var i = 0; i < providers.Count; i++)
        {
            var p = providers[i];
            var y = Top + (i * Row);
            Name(svg, p.Provider, y);
            if (p.FleschKincaidGrade is { } fk)
            {
                var w = Scale(fk, max, plot);
                svg.Append(Inv($"<rect x=\"{Left}\" y=\"{y + 4}\" width=\"{w:0.#}\" height=\"{Row - 8}\" fill=\"#2e86c1\"/>"));
                svg.Append(Inv($"<text x=\"{Left + w + 4:0.#}\" y=\"{y + 17}\" class=\"v\">{fk:0.0}</text>"));
            }
            else
            {
                svg.Append(Inv($"<text x=\"{Left + 4}\" y=\"{y + 17}\" class=\"v\">not scored</text>"));
            }
        }

        var target = Left + Scale(8, max, plot);
        var bottom = Top + (providers.Count * Row);
        svg.Append(Inv($"<line x1=\"{target:0.#}\" y1=\"{Top - 4}\" x2=\"{target:0.#}\" y2=\"{bottom}\" stroke=\"#444\" stroke-dasharray=\"4 3\"/>"));
        svg.Append(Inv($"<text x=\"{target + 3:0.#}\" y=\"{bottom + 16}\" class=\"v\">grade 8 target</text>"));
        return Close(svg);
    }

    /// <summary>Effective risk flags per provider, stacked by label, and protective clauses beside them.</summary>
    public static string Flags(IReadOnlyList<ProviderScorecard> providers)
    {
        var max = Math.Max(1, providers.Select(p => Math.Max(p.RiskFlags, p.ProtectiveClauses)).DefaultIfEmpty(0).Max());
        var height = Top + (providers.Count * Row * 2) + 40;
        var svg = Open("Flags by provider (effective risk flags by label; protective clauses in green)", height);
        var plot = Width - Left - Right;
        for (var i = 0; i < providers.Count; i++)
        {
            var p = providers[i];
            var y = Top + (i * Row * 2);
            Name(svg, p.Provider, y + (Row / 2));
            if (ReportText.CountsNotChecked(p) is { } none)
            {
                // No bars and no "0 risk": nothing was looked for.
                svg.Append(Inv($"<text x=\"{Left + 4}\" y=\"{y + 17}\" class=\"v\">")).Append(HtmlText.Encode(none)).Append("</text>");
                continue;
            }

            double x = Left;
            foreach (var (label, colour) in RiskColours)
            {
                var count = p.Labels.FirstOrDefault(t => t.Label == label)?.Effective ?? 0;
                if (count == 0)
                {
                    continue;
                }

                var w = Scale(count, max, plot);
                svg.Append(Inv($"<rect x=\"{x:0.#}\" y=\"{y + 3}\" width=\"{w:0.#}\" height=\"{Row - 6}\" fill=\"{colour}\"><title>{label}: {count}</title></rect>"));
                x += w;
            }

            svg.Append(Inv($"<text x=\"{x + 4:0.#}\" y=\"{y + 17}\" class=\"v\">{p.RiskFlags} risk</text>"));
            var pw = Scale(p.ProtectiveClauses, max, plot);
            svg.Append(Inv($"<rect x=\"{Left}\" y=\"{y + Row + 5}\" width=\"{pw:0.#}\" height=\"{Row - 12}\" fill=\"{ProtectiveColour}\"/>"));
            svg.Append(Inv($"<text x=\"{Left + pw + 4:0.#}\" y=\"{y + Row + 16}\" class=\"v\">{p.ProtectiveClauses} protective</text>"));
        }

        var legendY = Top + (providers.Count * Row * 2) + 20;
        var lx = Left;
        foreach (var (label, colour) in RiskColours.Append(("protective", ProtectiveColour)))
        {
            svg.Append(Inv($"<rect x=\"{lx}\" y=\"{legendY - 10}\" width=\"12\" height=\"12\" fill=\"{colour}\"/><text x=\"{lx + 16}\" y=\"{legendY}\" class=\"v\">{label}</text>"));
            lx += 135;
        }

        return Close(svg);
    }

    private static StringBuilder Open(string title, int height)
    {
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{HtmlText.Encode(title)}\">"));
        svg.Append("<style>text{font:12px sans-serif;fill:#222}.t{font-weight:bold;font-size:13px}</style>");
        svg.Append("<text x=\"4\" y=\"16\" class=\"t\">").Append(HtmlText.Encode(title)).Append("</text>");
        return svg;
    }

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void Name(StringBuilder svg, string provider, int y)
    {
        var name = provider.Length > 24 ? provider[..23] + "…" : provider;
        svg.Append(Inv($"<text x=\"{Left - 6}\" y=\"{y + 17}\" text-anchor=\"end\">")).Append(HtmlText.Encode(name)).Append("</text>");
    }

    private static double Scale(double value, double max, int plot) => Math.Max(0, value) / max * plot;

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
