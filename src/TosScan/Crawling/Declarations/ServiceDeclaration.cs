using TosScan.Documents;
using TosScan.Extraction;

namespace TosScan.Crawling.Declarations;

/// <summary>An Open Terms Archive service declaration, reduced to what the crawler uses.</summary>
/// <param name="Name">The service name (<c>name</c>), matched against provider names.</param>
/// <param name="FileName">Where it was read from, for messages.</param>
/// <param name="Documents">One entry per document type we map.</param>
/// <param name="Notes">What was skipped and why (unmapped types, range selectors, extra combine parts).</param>
internal sealed record ServiceDeclaration(string Name, string FileName, IReadOnlyList<DeclaredDocument> Documents, IReadOnlyList<string> Notes);

/// <summary>One declared document: where to fetch it and which parts to keep.</summary>
internal sealed record DeclaredDocument(DocumentType Type, string OtaType, Uri Fetch, ExtractionRules Rules, bool ExecuteClientScripts);
