namespace TosScan.Crawling.Providers;

/// <summary>
/// Reads a location from a providers list: an http(s) URL, a <c>file:</c> URL, or a local path
/// relative to the list's folder.
/// </summary>
internal static class LocationParser
{
    public static bool TryParse(string value, string baseFolder, out Uri? uri, out string error)
    {
        uri = null;
        error = string.Empty;
        if (Uri.TryCreate(value, UriKind.Absolute, out var absolute) && absolute.Scheme.Length > 1)
        {
            if (absolute.Scheme is "http" or "https" or "file")
            {
                uri = absolute;
                return true;
            }

            error = $"uses the unsupported scheme '{absolute.Scheme}:'; use http, https, file or a local path";
            return false;
        }

        try
        {
            uri = new Uri(Path.GetFullPath(value, baseFolder));
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or UriFormatException)
        {
            error = $"is neither a URL nor a valid path ({ex.Message})";
            return false;
        }
    }
}
