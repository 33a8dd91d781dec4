using TosScan.Documents;

namespace TosScan.Crawling.Declarations;

/// <summary>
/// Maps Open Terms Archive document type names ("Terms of Service", "Privacy Policy", ...) to
/// ours. Types we do not analyse (imprints, developer terms, trackers policies, ...) are skipped.
/// </summary>
internal static class OtaDocumentTypes
{
    private static readonly Dictionary<string, DocumentType> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Terms of Service"] = DocumentType.TermsOfService,
        ["Terms of Use"] = DocumentType.TermsOfService,
        ["Terms and Conditions"] = DocumentType.TermsOfService,
        ["General Conditions of Use"] = DocumentType.TermsOfService,
        ["User Agreement"] = DocumentType.TermsOfService,
        ["Privacy Policy"] = DocumentType.PrivacyPolicy,
        ["Privacy Notice"] = DocumentType.PrivacyPolicy,
        ["Data Policy"] = DocumentType.PrivacyPolicy,
        ["Community Guidelines"] = DocumentType.CommunityGuidelines,
    };

    public static bool TryMap(string otaType, out DocumentType type) => Map.TryGetValue(otaType.Trim(), out type);
}
