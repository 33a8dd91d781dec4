namespace TosScan.Readability;

/// <summary>How sentence units are found.</summary>
public enum ReadabilityMode
{
    /// <summary>Our segmentation: every clause (sentence, heading, list item, table cell) is one unit.</summary>
    Structured,

    /// <summary>textstat 0.7.11's own tokenisation and sentence rule, so figures compare with published work.</summary>
    Textstat,
}

/// <summary>Wire names of <see cref="ReadabilityMode"/>.</summary>
public static class ReadabilityModes
{
    public static string ToWireName(this ReadabilityMode mode) => mode == ReadabilityMode.Textstat ? "textstat" : "structured";

    public static bool TryParse(string? value, out ReadabilityMode mode)
    {
        switch ((value ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "textstat":
                mode = ReadabilityMode.Textstat;
                return true;
            case "structured":
                mode = ReadabilityMode.Structured;
                return true;
            default:
                mode = ReadabilityMode.Structured;
                return false;
        }
    }
}
