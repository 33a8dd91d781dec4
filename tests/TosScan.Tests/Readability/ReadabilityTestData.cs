using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Readability;

/// <summary>The readability evaluation files and real documents, from the shared data beside the repository.</summary>
internal static class ReadabilityTestData
{
    public static string RealDocsCurrent => SharedData.RealDocsCurrent;

    public static string Eval(string name)
    {
        var path = Path.Combine(SharedData.Eval, "readability", name);
        Assert.True(File.Exists(path), $"Missing shared evaluation file {path}: the shared/ folder must sit beside the repository.");
        return path;
    }
}
