using System.Globalization;
using System.Text;

namespace TosScan.Files;

/// <summary>
/// Writes a file whole or not at all: to a temporary file beside it, then moved into place. The
/// temporary name is unique to this process and write; a fixed "name.tmp" let two scans into one
/// folder move each other's temporary file away (FileNotFoundException, and a dead scan).
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes through <paramref name="write"/> (UTF-8, no BOM) to a temporary file, then moves it into place.</summary>
    public static async Task WriteTextAsync(string path, Func<StreamWriter, Task> write, CancellationToken cancellationToken)
    {
        var temporary = string.Create(CultureInfo.InvariantCulture, $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false), 1 << 16);
            await using (writer.ConfigureAwait(false))
            {
                await write(writer).ConfigureAwait(false);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public static async Task WriteAllTextAsync(string path, string content, CancellationToken cancellationToken)
    {
        var temporary = string.Create(CultureInfo.InvariantCulture, $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllTextAsync(temporary, content, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            // Never leave a stray temporary file behind (a full disk, a cancelled write).
            File.Delete(temporary);
            throw;
        }
    }
}
