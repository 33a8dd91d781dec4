using System.Reflection;

namespace TosScan.Pipeline;

/// <summary>The TosScan version stamped on every output, so a cited figure names what produced it.</summary>
public static class TosScanVersion
{
    public static string Current { get; } =
        typeof(TosScanVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(TosScanVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
