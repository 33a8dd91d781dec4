using System.CommandLine;
using TosScan.Language;

namespace TosScan.Cli.Infrastructure;

/// <summary>Options several commands share, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public const string DefaultDb = "tosscan.db";
    public const string DefaultOut = "tosscan-out";

    /// <summary><c>--db PATH|CONNECTION</c>: the store every command that reads or writes results takes.</summary>
    public static Option<string> Db() => new("--db")
    {
        Description = $"Store to read and write: a SQLite file (default ./{DefaultDb}) or a PostgreSQL connection string such as \"Host=127.0.0.1;Port=5432;Database=tosscan;Username=tosscan\" (see docs/postgres.md).",
        DefaultValueFactory = _ => DefaultDb,
    };

    /// <summary><c>--out DIR</c>: where result files go.</summary>
    public static Option<string> Out() => new("--out")
    {
        Description = $"Folder for result files (default ./{DefaultOut}).",
        DefaultValueFactory = _ => DefaultOut,
    };

    /// <summary><c>--grade-rule v1|v2</c>: v2 by default; v1 reproduces reports cited under it.</summary>
    public static Option<string> GradeRule()
    {
        var option = new Option<string>("--grade-rule")
        {
            Description = "Grade rule: v2 (default: calibrated, strength-weighted evidence with an interval) or v1 (the first rule, to reproduce reports cited under it). See docs/reports.md.",
            DefaultValueFactory = _ => TosScan.Reporting.Scorecards.GradeRules.Default,
        };
        option.AcceptOnlyFromAmong([.. TosScan.Reporting.Scorecards.GradeRules.Names]);
        return option;
    }

    /// <summary><c>--format text|json</c>.</summary>
    public static Option<string> Format()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: text (a readable summary) or json (the full result).",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    /// <summary><c>--type DOCUMENT_TYPE</c>.</summary>
    public static Option<string?> DocumentType()
    {
        var option = new Option<string?>("--type")
        {
            Description = "Document type: terms_of_service, privacy_policy, community_guidelines or other (default: guessed from the name).",
        };
        option.AcceptOnlyFromAmong("terms_of_service", "privacy_policy", "community_guidelines", "other");
        return option;
    }

    /// <summary>
    /// <c>--language CODE</c>: the language of text too short or too mixed to detect. A confident
    /// detection still wins, so one option can be given for a whole scan.
    /// </summary>
    public static Option<string?> Language() => new("--language")
    {
        Description = "ISO 639-1 code (en, fr, de, ...) to use when the text is too short or too mixed to detect its language (default: en). A confident detection wins over it.",
    };

    /// <summary>The language stage's options with the <c>--language</c> given; a malformed code is bad usage.</summary>
    public static LanguageOptions ReadLanguage(string? value)
    {
        var options = new LanguageOptions { GivenLanguage = value is null ? null : LanguageOptions.NormaliseCode(value) };
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--language '{value}': give a two-letter ISO 639-1 code such as en, fr or de", ex);
        }

        return options;
    }

    public static TosScan.Documents.DocumentType? ParseType(string? value) =>
        value is not null && TosScan.Documents.DocumentTypes.TryParse(value, out var type) ? type : null;
}
