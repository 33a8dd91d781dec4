namespace TosScan.Crawling.Safety;

/// <summary>Which URLs may be requested over the network, checked before every request and redirect hop.</summary>
internal static class UrlPolicy
{
    /// <summary>Null when the URL may be fetched; otherwise why not.</summary>
    public static string? CheckRemote(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            return $"refused: '{url}' is not an absolute URL";
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return $"refused: scheme '{url.Scheme}' is not allowed for remote documents (only http and https; local files only from the providers list)";
        }

        return null;
    }

    public static bool IsHttp(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
