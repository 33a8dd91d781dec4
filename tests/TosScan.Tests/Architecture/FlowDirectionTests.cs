using System.Text.RegularExpressions;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Architecture;

/// <summary>
/// The data flows one way (fetch -> extract -> segment -> classify and score -> store -> report),
/// and so do the references between the folders of src/TosScan: a folder may use its own rank and
/// those before it, never one after it. Read from the source (using lines and qualified names), so
/// an arrow against the flow fails here before it spreads.
/// </summary>
public sealed partial class FlowDirectionTests
{
    /// <summary>Each folder's place in the flow. Folders of one rank may use each other.</summary>
    private static readonly Dictionary<string, int> Rank = new(StringComparer.Ordinal)
    {
        ["Text"] = 0,
        ["Files"] = 0,
        ["Documents"] = 1,
        ["Extraction"] = 2,
        ["Crawling"] = 3,
        ["Pipeline"] = 3,
        ["Language"] = 4,
        ["Segmentation"] = 4,
        ["Classification"] = 5,
        ["Readability"] = 5,
        ["Storage"] = 6,
        ["Reporting"] = 7,
        ["Diffing"] = 8,
        ["Review"] = 8,
        ["Scanning"] = 9,
    };

    [Fact]
    public void Every_source_folder_has_a_place_in_the_flow()
    {
        var folders = Directory.EnumerateDirectories(SourceRoot)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj") && !Rank.ContainsKey(name!))
            .ToList();
        Assert.Empty(folders);
    }

    [Fact]
    public void No_folder_uses_a_folder_later_in_the_flow()
    {
        var against = new List<string>();
        foreach (var (folder, rank) in Rank)
        {
            var path = Path.Combine(SourceRoot, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories))
            {
                foreach (var used in UsedFolders(File.ReadAllText(file)))
                {
                    if (Rank.TryGetValue(used, out var usedRank) && usedRank > rank)
                    {
                        against.Add($"{Path.GetRelativePath(SourceRoot, file)} uses {used}");
                    }
                }
            }
        }

        Assert.Empty(against.Distinct());
    }

    [Fact]
    public void The_check_sees_using_lines_and_qualified_names_but_not_comments_or_members()
    {
        const string code = """
            using TosScan.Storage;
            // Reporting.Reports is only mentioned here
            /// <see cref="Review.Thing"/>
            var x = Scanning.AtomicFile.Write();
            var r = document.Readability;
            """;
        Assert.Equal(["Scanning", "Storage"], UsedFolders(code).Order(StringComparer.Ordinal));
    }

    private static string SourceRoot => Path.Combine(RepoPaths.Root, "src", "TosScan");

    private static IEnumerable<string> UsedFolders(string code)
    {
        var withoutComments = Comment().Replace(code, string.Empty);
        var names = Using().Matches(withoutComments).Select(m => m.Groups[1].Value)
            .Concat(Qualified().Matches(withoutComments).Select(m => m.Groups[1].Value));
        return names.Where(Rank.ContainsKey).Distinct();
    }

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^\s*using\s+(?:static\s+)?TosScan\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"(?<![\w.])(?:TosScan\.)?(\w+)\.[A-Z]")]
    private static partial Regex Qualified();
}
