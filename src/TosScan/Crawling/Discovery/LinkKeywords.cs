using TosScan.Documents;

namespace TosScan.Crawling.Discovery;

/// <summary>
/// Words that name terms of service and privacy policies in link text and URLs, in English,
/// French, Spanish, German, Portuguese, Indonesian, Malay and Arabic. Phrases are "strong"
/// (almost surely the document), single words "weak" (often the document, sometimes a hub).
/// Everything is lower case; accented words are also listed without accents because sites are
/// inconsistent.
/// </summary>
internal static class LinkKeywords
{
    public static IReadOnlyList<string> StrongText(DocumentType type) => type == DocumentType.PrivacyPolicy ? PrivacyStrong : TermsStrong;

    public static IReadOnlyList<string> WeakText(DocumentType type) => type == DocumentType.PrivacyPolicy ? PrivacyWeak : TermsWeak;

    public static IReadOnlyList<string> UrlTokens(DocumentType type) => type == DocumentType.PrivacyPolicy ? PrivacyUrl : TermsUrl;

    /// <summary>
    /// Link texts of "legal" hub pages, which list the documents rather than being one: visited
    /// once when the home page has no link naming a document outright.
    /// </summary>
    public static IReadOnlyList<string> HubText { get; } =
    [
        "legal", "legal center", "legal centre", "legal information", "legal notices", "policies", "policy center", "terms and policies", "privacy and terms", "privacy & terms",
        "mentions légales", "mentions legales", "juridique", "informations légales", "aviso legal", "información legal", "legales", "rechtliches", "rechtliche hinweise",
        "informações legais", "jurídico", "juridico", "hukum", "informasi hukum", "perundangan", "قانوني", "معلومات قانونية", "السياسات",
    ];

    /// <summary>Last path segments that are the document itself (<c>/privacy</c>, <c>/legal/terms.html</c>).</summary>
    public static IReadOnlyList<string> ExactSegments(DocumentType type) => type == DocumentType.PrivacyPolicy ? PrivacySegments : TermsSegments;

    /// <summary>Path parts of pages about a topic rather than the document (blog posts, help articles).</summary>
    public static IReadOnlyList<string> ArticleSegments { get; } = ["blog", "news", "help", "support", "articles", "article", "posts", "faq", "press"];

    private static readonly string[] TermsSegments =
    [
        "terms", "tos", "terms-of-service", "terms-of-use", "terms-and-conditions", "user-agreement", "legal", "cgu", "agb", "nutzungsbedingungen", "terminos", "termos", "syarat", "terma",
    ];

    private static readonly string[] PrivacySegments =
    [
        "privacy", "privacy-policy", "privacy-notice", "privacy-statement", "privacypolicy", "data-policy", "confidentialite", "privacidad", "datenschutz", "privacidade", "privasi",
    ];

    private static readonly string[] TermsStrong =
    [
        // English
        "terms of service", "terms of use", "terms and conditions", "terms & conditions", "user agreement", "terms of usage", "conditions of use",
        // French
        "conditions d'utilisation", "conditions d’utilisation", "conditions générales", "conditions generales", "cgu", "conditions de service",
        // Spanish
        "términos de servicio", "terminos de servicio", "términos de uso", "terminos de uso", "términos y condiciones", "terminos y condiciones", "condiciones de uso", "condiciones del servicio",
        // German
        "nutzungsbedingungen", "allgemeine geschäftsbedingungen", "allgemeine geschaeftsbedingungen", "agb",
        // Portuguese
        "termos de uso", "termos de serviço", "termos de servico", "termos e condições", "termos e condicoes", "condições de uso", "condicoes de uso",
        // Indonesian
        "syarat dan ketentuan", "ketentuan layanan", "syarat penggunaan", "ketentuan penggunaan",
        // Malay
        "terma dan syarat", "terma perkhidmatan", "syarat perkhidmatan", "terma penggunaan",
        // Arabic
        "الشروط والأحكام", "شروط الاستخدام", "شروط الخدمة", "اتفاقية المستخدم",
    ];

    private static readonly string[] TermsWeak =
    [
        "terms", "legal", "conditions", "tos", "mentions légales", "términos", "terminos", "bedingungen", "rechtliches", "termos", "syarat", "ketentuan", "terma", "الشروط", "قانوني",
    ];

    private static readonly string[] TermsUrl =
    [
        "terms-of-service", "terms_of_service", "termsofservice", "terms-of-use", "terms_of_use", "termsofuse", "terms-and-conditions", "user-agreement", "useragreement",
        "conditions-generales", "conditions-d-utilisation", "cgu", "terminos", "condiciones", "nutzungsbedingungen", "agb", "termos", "syarat", "ketentuan", "terma", "/terms", "/tos", "/legal",
    ];

    private static readonly string[] PrivacyStrong =
    [
        "privacy policy", "privacy notice", "privacy statement", "privacy centre", "privacy center", "data policy",
        "politique de confidentialité", "politique de confidentialite", "déclaration de confidentialité", "protection des données",
        "política de privacidad", "politica de privacidad", "aviso de privacidad", "declaración de privacidad",
        "datenschutzerklärung", "datenschutzerklaerung", "datenschutzhinweise", "datenschutzrichtlinie",
        "política de privacidade", "politica de privacidade", "aviso de privacidade",
        "kebijakan privasi", "pemberitahuan privasi",
        "dasar privasi", "notis privasi", "polisi privasi",
        "سياسة الخصوصية", "بيان الخصوصية", "إشعار الخصوصية",
    ];

    private static readonly string[] PrivacyWeak =
    [
        "privacy", "confidentialité", "confidentialite", "privacidad", "datenschutz", "privacidade", "privasi", "الخصوصية",
    ];

    private static readonly string[] PrivacyUrl =
    [
        "privacy-policy", "privacy_policy", "privacypolicy", "privacy-notice", "privacy-statement", "data-policy", "/privacy",
        "confidentialite", "privacidad", "datenschutz", "privacidade", "privasi",
    ];
}
