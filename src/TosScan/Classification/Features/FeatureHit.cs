namespace TosScan.Classification.Features;

/// <summary>Where in the clause text one feature fired (first occurrence), for evidence.</summary>
internal readonly record struct FeatureHit(int Feature, int Start, int End);
