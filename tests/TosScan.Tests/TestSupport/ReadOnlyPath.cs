using System.Diagnostics;

namespace TosScan.Tests.TestSupport;

/// <summary>
/// Makes a file or folder unwritable for the duration of a test. Permission bits do not stop root
/// (CI runs as root), so as root the immutable attribute (<c>chattr +i</c>) is used instead. The
/// constructor proves the path really is unwritable, so a test on it can never pass vacuously.
/// </summary>
internal sealed class ReadOnlyPath : IDisposable
{
    private readonly string _path;
    private readonly bool _immutable;
    private readonly UnixFileMode _mode;

    public ReadOnlyPath(string path)
    {
        _path = path;
        _immutable = Environment.UserName == "root";
        if (_immutable)
        {
            Chattr("+i");
        }
        else if (!OperatingSystem.IsWindows())
        {
            _mode = File.GetUnixFileMode(path);
            File.SetUnixFileMode(path, _mode & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
        }

        Assert.True(IsUnwritable(), $"could not make {path} read-only for the test (chattr +i as root, chmod a-w otherwise)");
    }

    public void Dispose()
    {
        if (_immutable)
        {
            Chattr("-i");
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_path, _mode);
        }
    }

    private bool IsUnwritable()
    {
        try
        {
            if (Directory.Exists(_path))
            {
                var probe = Path.Combine(_path, ".probe-" + Guid.NewGuid().ToString("N"));
                File.WriteAllText(probe, "x");
                File.Delete(probe);
            }
            else
            {
                using var stream = new FileStream(_path, FileMode.Open, FileAccess.Write);
            }

            return false;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return true;
        }
    }

    private void Chattr(string flag)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, _path]) { RedirectStandardError = true })!;
        process.WaitForExit();
    }
}
