using System.CommandLine;
using System.Globalization;
using TosScan.Cli.Infrastructure;
using TosScan.Reporting.Reports;
using TosScan.Text;

namespace TosScan.Cli.Commands;

/// <summary>
/// <c>tosscan report [--db PATH] [--out DIR] [--as-of DATE] [--grade-rule v1|v2]</c>: writes report.json,
/// provider_scores.csv, clauses.csv, report.md and report.html from the store.
/// </summary>
internal sealed class ReportCommand : ICliCommand
{
    public Command Build(CliEnvironment environment)
    {
        var db = CommonOptions.Db();
        var output = CommonOptions.Out();
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Reproduce the report from the versions current at that time: YYYY-MM-DD (the end of that day, UTC) or an ISO 8601 time (e.g. 2026-03-01T12:00:00Z).",
        };
        var gradeRule = CommonOptions.GradeRule();
        var command = new Command("report", "Write scorecards and report files (JSON, CSV, Markdown, HTML) from the store.")
        {
            db,
            output,
            asOf,
            gradeRule,
        };
        command.SetAction((parse, ct) => RunAsync(
            environment,
            StorePaths.Resolve(environment, parse.GetValue(db)!),
            environment.ResolvePath(parse.GetValue(output)!),
            ParseAsOf(parse.GetValue(asOf), environment.Time.GetUtcNow()),
            parse.GetValue(gradeRule)!,
            ct));
        return command;
    }

    /// <summary>A bare date means the whole of that day (UTC): what a person means by "as of 1 March".</summary>
    /// <remarks>
    /// A time after the end of today (UTC) is refused: no store can hold versions from the future,
    /// so such a report could only be mistaken for a forecast.
    /// </remarks>
    internal static DateTimeOffset? ParseAsOf(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        DateTimeOffset asOf;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            // The end of 9999-12-31 is the last representable tick; adding a day would overflow.
            asOf = day.Date == DateTime.MaxValue.Date
                ? DateTimeOffset.MaxValue
                : new DateTimeOffset(day.Date.AddDays(1).AddTicks(-1), TimeSpan.Zero);
        }
        else if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            asOf = instant;
        }
        else
        {
            throw new UsageException($"--as-of '{value}' is not a date; use YYYY-MM-DD or an ISO 8601 time such as 2026-03-01T12:00:00Z.");
        }

        var endOfToday = now.UtcDateTime.Date.AddDays(1);
        if (asOf.UtcDateTime >= endOfToday)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"--as-of '{value}' is in the future (today is {now.UtcDateTime:yyyy-MM-dd} UTC); give a past date, or leave --as-of out for the current report."));
        }

        return asOf;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string db, string outDir, DateTimeOffset? asOf, string gradeRule, CancellationToken cancellationToken)
    {
        // Opening a missing path would create an empty store; a report of nothing is never what was meant.
        var existing = StorePaths.Existing(environment, db);
        OutputFolders.EnsureWritable(outDir, "--out");
        using var folderLock = await OutputFolders.LockAsync(outDir, environment.Time, cancellationToken).ConfigureAwait(false);
        await using var services = Services.Create(environment);
        var store = await services.OpenStoreAsync(existing, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var writer = new ReportWriter(store, store, environment.Time);
            var result = await writer.WriteAsync(
                new ReportOptions { OutputDirectory = outDir, AsOf = asOf, Inputs = ["db=" + store.Description], GradeRule = gradeRule },
                cancellationToken).ConfigureAwait(false);

            var documents = result.Report.Providers.SelectMany(p => p.Documents).ToList();
            var problems = documents.Where(d => d.Problem is not null).ToList();
            await environment.Error.WriteLineAsync(
                $"report: {Counted.Of(result.Report.Providers.Count, "provider")}, {Counted.Of(documents.Count, "document")}, {Counted.Of(result.Report.Clauses.Count, "flagged clause label")} -> {outDir}").ConfigureAwait(false);
            if (asOf is { } cutOff && documents.Count == 0)
            {
                // An empty report is still written (it truthfully shows nothing was stored by then),
                // but it is almost always a mistyped date, so it must not pass as a success.
                await environment.Error.WriteLineAsync(
                    $"warning: no document in {store.Description} was retrieved by --as-of {ReportText.Time(cutOff)}; the report is empty. Give a later date, or check 'tosscan history <provider>' for when each was scanned.").ConfigureAwait(false);
                return ExitCodes.PartialFailure;
            }

            foreach (var problem in problems)
            {
                await environment.Error.WriteLineAsync($"warning: {problem.Citation.Provider} {problem.Citation.DocumentType}: {problem.Problem}").ConfigureAwait(false);
            }

            foreach (var file in result.Files)
            {
                await environment.Out.WriteLineAsync(file).ConfigureAwait(false);
            }

            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
        }
    }
}
