namespace TosScan.Documents;

/// <summary>
/// Text that extraction took out of a document because nobody reads it there, e.g. a glossary
/// definition that the page shows as a tooltip but that the archived text glues after every
/// occurrence of its term ("RobloxThe Roblox Corporation, including ..."). Kept so that the text as
/// extracted can be rebuilt exactly: insert <see cref="Text"/> at each offset of <see cref="At"/>,
/// taking the removals of a document in order of offset (the offsets are into
/// <see cref="Document.Text"/>, where the removed text no longer is).
/// </summary>
/// <param name="Kind">Why it was removed: <c>glued_definition</c>.</param>
/// <param name="Term">The word it was glued after (the term it defines), when known.</param>
/// <param name="Text">The removed text.</param>
/// <param name="At">Where in <see cref="Document.Text"/> it was removed, ascending.</param>
public sealed record TextRemoval(string Kind, string? Term, string Text, IReadOnlyList<int> At)
{
    public const string GluedDefinition = "glued_definition";
}
