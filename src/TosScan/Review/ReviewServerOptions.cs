using System.Globalization;

namespace TosScan.Review;

/// <summary>Settings of the local review screen. Validated once by <see cref="Validate"/> before the server starts.</summary>
public sealed class ReviewServerOptions
{
    /// <summary>Longest reviewer name or note accepted, so a stuck key cannot fill the store.</summary>
    public const int MaxReviewerLength = 100;

    public const int MaxNoteLength = 4000;

    /// <summary>
    /// TCP port on 127.0.0.1. Default 5178; 0 picks a free port (tests). Range 0-65535.
    /// The server never listens on any other address.
    /// </summary>
    public int Port { get; init; } = 5178;

    /// <summary>
    /// Name recorded with each decision when the page does not send one. Required, at most
    /// <see cref="MaxReviewerLength"/> characters.
    /// </summary>
    public string Reviewer { get; init; } = "reviewer";

    /// <summary>
    /// The models folder whose <c>manifest.json</c> says when they were trained, so the queue can count
    /// the decisions made since. Null: the queue says it does not know.
    /// </summary>
    public string? ModelsDirectory { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the option that is out of range.</summary>
    public void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--port must be between 0 and 65535 (was {Port})."), nameof(Port));
        }

        if (string.IsNullOrWhiteSpace(Reviewer) || Reviewer.Length > MaxReviewerLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--reviewer must be a name of 1 to {MaxReviewerLength} characters."), nameof(Reviewer));
        }
    }
}
