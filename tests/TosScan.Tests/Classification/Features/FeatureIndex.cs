using TosScan.Classification.Features;

namespace TosScan.Tests.Classification.Features;

/// <summary>Where a named rule or conjunction sits in a feature space, for tests that look at features directly.</summary>
internal static class FeatureIndex
{
    /// <summary>The affirmed slot of rule <paramref name="name"/>; the negated slot is the next index.</summary>
    public static int Rule(FeatureSpace space, string name)
    {
        var r = space.Rules.ToList().FindIndex(x => x.Name == name);
        return r >= 0 ? space.RuleOffset + (2 * r) : throw new ArgumentException($"No rule '{name}'.", nameof(name));
    }

    public static int Combination(FeatureSpace space, string name)
    {
        var c = space.Combinations.ToList().FindIndex(x => x.Name == name);
        return c >= 0 ? space.CombinationOffset + c : throw new ArgumentException($"No conjunction '{name}'.", nameof(name));
    }

    public static int Absence(FeatureSpace space, string name)
    {
        var a = space.Absences.ToList().FindIndex(x => x.Name == name);
        return a >= 0 ? space.AbsenceOffset + a : throw new ArgumentException($"No absence feature '{name}'.", nameof(name));
    }
}
