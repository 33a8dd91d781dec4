namespace TosScan.Documents;

/// <summary>The kind of legal document. Serialised in snake_case (<c>terms_of_service</c>, ...).</summary>
public enum DocumentType
{
    TermsOfService,
    PrivacyPolicy,
    CommunityGuidelines,
    Other,
}

/// <summary>Maps <see cref="DocumentType"/> to and from its stable wire name.</summary>
public static class DocumentTypes
{
    public static string ToWireName(this DocumentType type) => type switch
    {
        DocumentType.TermsOfService => "terms_of_service",
        DocumentType.PrivacyPolicy => "privacy_policy",
        DocumentType.CommunityGuidelines => "community_guidelines",
        _ => "other",
    };

    public static bool TryParse(string? value, out DocumentType type)
    {
        type = (value ?? string.Empty).Trim().ToLowerInvariant().Replace('-', '_') switch
        {
            "terms_of_service" or "terms" or "tos" => DocumentType.TermsOfService,
            "privacy_policy" or "privacy" => DocumentType.PrivacyPolicy,
            "community_guidelines" or "guidelines" => DocumentType.CommunityGuidelines,
            "other" => DocumentType.Other,
            _ => (DocumentType)(-1),
        };
        return Enum.IsDefined(type);
    }
}
