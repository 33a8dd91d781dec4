using System.CommandLine;

namespace TosScan.Cli.Infrastructure;

/// <summary>Options several commands share, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public const string DefaultDb = "tosscan.db";
    public const string DefaultOut = "tosscan-out";

    /// <summary><c>--db PATH</c>: the store every command that reads or writes results takes.</summary>
    public static Option<string> Db() => new("--db")
    {
        Description = $"SQLite store to read and write (default ./{DefaultDb}).",
        DefaultValueFactory = _ => DefaultDb,
    };

    /// <summary><c>--out DIR</c>: where result files go.</summary>
    public static Option<string> Out() => new("--out")
    {
        Description = $"Folder for result files (default ./{DefaultOut}).",
        DefaultValueFactory = _ => DefaultOut,
    };

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

    public static TosScan.Documents.DocumentType? ParseType(string? value) =>
        value is not null && TosScan.Documents.DocumentTypes.TryParse(value, out var type) ? type : null;
}
