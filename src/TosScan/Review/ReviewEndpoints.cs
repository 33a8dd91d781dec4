using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using TosScan.Documents;
using TosScan.Reporting.Json;
using TosScan.Review.Agreement;
using TosScan.Review.Queue;
using TosScan.Storage;

namespace TosScan.Review;

/// <summary>The pages and the decision API of the review screen.</summary>
internal sealed class ReviewEndpoints(
    ReviewCatalog catalog,
    IReviewStore reviews,
    ReviewServerOptions options,
    TimeProvider time,
    ReviewPages.PageContext page,
    ModelTraining training)
{
    // Ids of the decisions this server saved: only these can be undone, so the undo endpoint
    // corrects a slip on this screen and cannot erase the history other sessions wrote.
    private readonly ConcurrentDictionary<long, byte> _undoable = new();

    public void Map(WebApplication app)
    {
        app.MapGet("/", IndexAsync);
        app.MapGet("/provider", ProviderAsync);
        app.MapGet("/queue", QueueAsync);
        app.MapPost("/api/decisions", DecideAsync);
        app.MapPost("/api/decisions/undo", UndoAsync);
    }

    private async Task<IResult> QueueAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var view = QueueView.Parse(request.Query, problems);
        var contents = await catalog.LoadAsync(null, cancellationToken).ConfigureAwait(false);
        problems.AddRange(contents.Problems);
        var decisions = await reviews.GetDecisionsAsync(null, cancellationToken).ConfigureAwait(false);
        var queue = ReviewQueueBuilder.Build(contents.Documents, decisions, view);
        var providers = contents.Documents.Select(d => d.Provider).Distinct(StringComparer.Ordinal).Order(ReviewCatalog.ProviderOrder).ToList();
        var html = QueuePage.Render(page, view, queue, providers, training.Describe(decisions), ReviewerAgreement.Compute(decisions), problems);
        return HtmlResult(html);
    }

    private async Task<IResult> UndoAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        UndoRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<UndoRequest>(request.Body, TosScanJson.Compact, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return Error(StatusCodes.Status400BadRequest, $"the request body is not an undo: {ex.Message}");
        }

        if (body?.Id is not { } id)
        {
            return Error(StatusCodes.Status400BadRequest, "id is missing");
        }

        if (!_undoable.TryRemove(id, out _))
        {
            return Error(StatusCodes.Status404NotFound, "only a decision made on this screen since the server started can be undone");
        }

        var removed = await reviews.RemoveDecisionAsync(id, cancellationToken).ConfigureAwait(false);
        if (removed is null)
        {
            return Error(StatusCodes.Status404NotFound, "that decision is no longer in the store");
        }

        var left = await reviews.GetDecisionsAsync(removed.Provider, cancellationToken).ConfigureAwait(false);
        var newest = ReviewDecisions.NewestPerClauseAndLabel(left.Where(d => d.Type == removed.Type)).GetValueOrDefault((removed.ClauseKey, removed.Label));
        return Results.Json(new UndoResponse(newest?.Decision ?? "undecided", ReviewPages.Status(newest)), TosScanJson.Compact);
    }

    private async Task<IResult> IndexAsync(CancellationToken cancellationToken)
    {
        var contents = await catalog.LoadAsync(null, cancellationToken).ConfigureAwait(false);
        var decisions = await reviews.GetDecisionsAsync(null, cancellationToken).ConfigureAwait(false);
        var summaries = contents.Documents
            .GroupBy(d => d.Provider, StringComparer.Ordinal)
            .Select(g =>
            {
                var newest = ReviewDecisions.NewestPerClauseAndLabel(decisions.Where(d => d.Provider == g.Key));
                return ReviewPages.Summarise(g.Key, [.. g], newest);
            })
            .ToList();
        return HtmlResult(ReviewPages.Index(page, summaries, contents.Problems));
    }

    private async Task<IResult> ProviderAsync(string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(name))
        {
            return Results.Redirect("/");
        }

        var contents = await catalog.LoadAsync(name, cancellationToken).ConfigureAwait(false);
        var decisions = await reviews.GetDecisionsAsync(name, cancellationToken).ConfigureAwait(false);
        var newest = ReviewDecisions.NewestPerClauseAndLabel(decisions);
        var providers = await catalog.ProvidersAsync(cancellationToken).ConfigureAwait(false);
        var next = providers.SkipWhile(p => p != name).Skip(1).FirstOrDefault();
        var html = ReviewPages.Provider(page, name, next, contents.Documents, newest, contents.Problems);
        return HtmlResult(html, contents.Documents.Count == 0 ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }

    private async Task<IResult> DecideAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        DecisionRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<DecisionRequest>(request.Body, TosScanJson.Compact, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return Error(StatusCodes.Status400BadRequest, $"the request body is not a decision: {ex.Message}");
        }

        if (Validate(body) is { } problem)
        {
            return Error(StatusCodes.Status400BadRequest, problem);
        }

        var type = DocumentTypes.TryParse(body!.Type, out var parsed) ? parsed : DocumentType.Other;
        var contents = await catalog.LoadAsync(body.Provider, cancellationToken).ConfigureAwait(false);
        var clause = contents.Documents
            .Where(d => d.Type == type)
            .SelectMany(d => d.Analysis.Clauses)
            .FirstOrDefault(c => ClauseKeys.For(c.Text) == body.ClauseKey);
        if (clause is null)
        {
            return Error(StatusCodes.Status404NotFound, "that clause is not in the current version of the document; reload the page");
        }

        if (body.Decision != ReviewDecisionKinds.Added && !clause.Flags.Any(f => f.Label == body.Label))
        {
            // Confirming, rejecting or relabelling needs a flag to act on: the model's, or one a
            // reviewer put there (added, or relabelled to).
            var earlier = await reviews.GetDecisionsAsync(body.Provider, cancellationToken).ConfigureAwait(false);
            if (!earlier.Any(d => d.ClauseKey == body.ClauseKey && (d.Label == body.Label || d.NewLabel == body.Label)))
            {
                return Error(StatusCodes.Status400BadRequest, $"the clause has no {body.Label} flag to {Verb(body.Decision!)}; use 'Add flag' to flag it");
            }
        }

        // The clause text is taken from the store, never from the request, so a decision always
        // describes words the provider actually published.
        var reviewer = string.IsNullOrWhiteSpace(body.Reviewer) ? options.Reviewer : body.Reviewer.Trim();
        var decision = new ReviewDecision(
            body.Provider!,
            type,
            body.ClauseKey!,
            clause.Text,
            body.Label!,
            body.Decision!,
            body.Decision == ReviewDecisionKinds.Relabelled ? body.NewLabel : null,
            reviewer,
            string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim(),
            time.GetUtcNow());
        var saved = await reviews.AddDecisionAsync(decision, cancellationToken).ConfigureAwait(false);
        _undoable[saved.Id] = 0;
        return Results.Json(new DecisionResponse(saved.Decision, ReviewPages.Status(saved), saved.Id), TosScanJson.Compact);
    }

    private static string? Validate(DecisionRequest? body)
    {
        if (body is null)
        {
            return "the request body is empty";
        }

        if (string.IsNullOrEmpty(body.Provider))
        {
            return "provider is missing";
        }

        if (!DocumentTypes.TryParse(body.Type, out _))
        {
            return "type must be a document type such as terms_of_service";
        }

        if (body.ClauseKey is not { Length: 64 } key || !key.All(char.IsAsciiHexDigitLower))
        {
            return "clause_key must be a lower-case SHA-256";
        }

        if (!ReviewDecisionKinds.IsKnown(body.Decision))
        {
            return "decision must be confirmed, rejected, relabelled or added";
        }

        if (!ReviewLabels.IsKnown(body.Label))
        {
            return $"label must be one of {string.Join(", ", ReviewLabels.All)}";
        }

        if (body.Decision == ReviewDecisionKinds.Relabelled && (!ReviewLabels.IsKnown(body.NewLabel) || body.NewLabel == body.Label))
        {
            return "new_label must be a different known label when relabelling";
        }

        if (body.Reviewer is { Length: > ReviewServerOptions.MaxReviewerLength })
        {
            return $"reviewer must be at most {ReviewServerOptions.MaxReviewerLength} characters";
        }

        return body.Note is { Length: > ReviewServerOptions.MaxNoteLength } ? $"note must be at most {ReviewServerOptions.MaxNoteLength} characters" : null;
    }

    private static string Verb(string decision) => decision switch
    {
        ReviewDecisionKinds.Confirmed => "confirm",
        ReviewDecisionKinds.Rejected => "reject",
        _ => "relabel",
    };

    private static IResult Error(int status, string message) => Results.Json(new ErrorResponse(message), TosScanJson.Compact, statusCode: status);

    private static IResult HtmlResult(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
