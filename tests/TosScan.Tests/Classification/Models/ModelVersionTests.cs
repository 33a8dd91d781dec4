using System.Text.RegularExpressions;
using TosScan.Classification.Features;
using TosScan.Classification.Models;

namespace TosScan.Tests.Classification.Models;

/// <summary>
/// The model version a report cites names the feature code as well as the model files: the same
/// files read by a changed rule give different flags, and a document analysed before the change
/// must be re-read rather than kept as if nothing had moved.
/// </summary>
public sealed class ModelVersionTests
{
    private static readonly string[] Vocabulary = ["share", "data"];

    [Fact]
    public void The_same_feature_code_gives_the_same_fingerprint()
    {
        var a = new FeatureSpace(Vocabulary, LinguisticRules.All, LinguisticRules.Combinations, LinguisticRules.Absences);
        var b = new FeatureSpace(Vocabulary, LinguisticRules.All, LinguisticRules.Combinations, LinguisticRules.Absences);

        Assert.Equal(a.Fingerprint, b.Fingerprint);
        Assert.Matches("^[0-9a-f]{12}$", a.Fingerprint);
    }

    [Fact]
    public void A_rule_whose_pattern_changed_changes_the_fingerprint_and_the_model_version()
    {
        var rules = LinguisticRules.All.ToList();
        var shipped = new FeatureSpace(Vocabulary, rules, LinguisticRules.Combinations, LinguisticRules.Absences);
        rules[0] = rules[0] with { Pattern = new Regex(rules[0].Pattern + "|\\bconveys\\b", rules[0].Pattern.Options) };
        var changed = new FeatureSpace(Vocabulary, rules, LinguisticRules.Combinations, LinguisticRules.Absences);

        Assert.NotEqual(shipped.Fingerprint, changed.Fingerprint);

        var directory = ClassifierFixture.ModelsDirectory;
        var manifest = ModelFiles.ReadManifest(directory);
        Assert.NotEqual(ModelFiles.Version(directory, manifest, shipped), ModelFiles.Version(directory, manifest, changed));
    }
}
