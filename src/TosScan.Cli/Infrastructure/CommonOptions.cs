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
}
