using System.Text;

namespace TosScan.Scanning;

/// <summary>Folder names for providers: readable, and safe on every file system.</summary>
public static class FileNames
{
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        var slug = builder.ToString().Trim('.', '-');
        return slug.Length == 0 ? "provider" : slug;
    }
}
