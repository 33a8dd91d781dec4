using System.Globalization;

namespace TosScan.Reporting.Scorecards;

/// <summary>
/// grade-rule v2. Weighs each risk flag by how sure the models are (its calibrated score,
/// or 1 once a reviewer confirmed it) and how strong the clause is (<see cref="ClauseSeverity"/>),
/// counts near-identical clauses once (<see cref="NearDuplicates"/>), and states how far the score
/// could move if the unreviewed flags, borderline ones included, are wrong (<see cref="GradeInterval"/>).
/// <para>
/// Why borderline flags count by a cube: v1 took 20 points for any flag, so one borderline flag
/// in a long policy cost about a letter. Flags that are reviewed or near-certain (0.9) count in
/// full; the combined evidence of the borderline ones is cubed, so one of them alone costs little
/// while a dozen together still add up to the full penalty. A certain clause of full strength still costs
/// the full 25, so one clause taking a perpetual licence matters as much as it did under v1.
/// </para>
/// </summary>
/// <param name="draws">Draws behind the interval (default <see cref="Draws"/>); 0 gives no interval, for what-if re-grading that reads only the letter.</param>
internal sealed class GradeRuleV2(int draws = GradeRuleV2.Draws) : IGradeRule
{
    /// <summary>Points off for a risk label whose evidence is complete (a certain clause of full strength).</summary>
    public const double RiskPenalty = 25;

    /// <summary>Points off per established risk flag (weighed by its certainty) per 1,000 words, all risk labels together...</summary>
    public const double DensityPenaltyPerFlagPer1000Words = 4;

    /// <summary>...up to this many points.</summary>
    public const double DensityPenaltyCap = 20;

    /// <summary>Share of a risk's penalty given back when its protective counterpart is present for certain.</summary>
    public const double ProtectiveShare = 0.25;

    /// <summary>
    /// A flag counts in the score when a reviewer decided it or its calibrated certainty reaches
    /// this: the precision the working group asks of a flag it cites (issue 12's protective
    /// targets). Below it a flag is borderline: it counts by the cube of its evidence.
    /// </summary>
    public const double EstablishedCertainty = 0.9;

    /// <summary>Draws behind the interval; with 2,000 the percentiles move by well under a point between seeds.</summary>
    public const int Draws = 2000;

    /// <summary>The draws use a fixed seed, so the same flags always give the same interval.</summary>
    public const int Seed = 20261206;

    public string Version => "grade-rule v2";

    public string Description =>
        "Only a document a classifier ran on is graded; any other says 'not graded'. Start at 100 points. " +
        "Effective flags only (a reviewer's rejection removes a flag; confirmed, added or relabelled flags are certain). " +
        "Flags of the same label on identical or near-identical clauses (word-triple Jaccard >= 0.7) count once, by the strongest; the report says how many were merged. " +
        "Each risk flag weighs certainty x strength: certainty is the calibrated score (1 when a reviewer confirmed it); strength is 0.5 for the plainest form of the practice and up to 1 for its worst " +
        "(licence: +0.25 perpetual, irrevocable or surviving deletion, +0.25 sublicensable, transferable, commercial, advertising or moral rights waived, 1 for ownership or assignment; " +
        "retention: 1 indefinitely, permanently or at the provider's discretion, 0.75 copies in backups, caches, archives or after deletion; " +
        "marketing: 1 sold, rented or to data brokers, 0.75 advertisers or marketers; x0.5 with opt-in consent, x0.85 with opt-out). " +
        "A flag is established when reviewed or its certainty is at least 0.9, borderline otherwise. For each risk label, firm = 1 - product of (1 - weight) over its established clauses, loose = the same over its borderline clauses; " +
        "points off = 25 x (1 - (1 - firm) x (1 - loose^3)): one borderline flag costs little, many add up. " +
        "A protective counterpart gives back 0.25 of that penalty x its own evidence (1 - product of (1 - certainty)) over its established clauses. " +
        "Density: -4 per established risk flag (sum of their certainties) per 1,000 words, at most -20. " +
        "Readability: -1.5 per Flesch-Kincaid grade above 8, at most -15; no penalty when not scored. " +
        "Score clamped to 0-100; A >= 85, B >= 70, C >= 55, D >= 40, E below 40. " +
        "Interval: 2,000 draws (fixed seed) in which each unreviewed flag, borderline ones included, is present with its certainty; the 5th and 95th percentiles of the drawn scores, widened to hold the score itself, shown as 'letter (best-worst)'. " +
        "A provider is graded on its current documents together: their flags pooled (near-identical clauses across documents count once) and words summed, Flesch-Kincaid weighted by words; its steps name the documents each risk comes from.";

    public Grade Compute(GradeInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var groups = NearDuplicates.Group(inputs.Evidence);
        var merged = groups.Sum(g => g.Count - 1);
        var weighed = groups.Select(Weigh).ToList();

        // Established flags (reviewed, or a calibrated certainty of at least 0.9) count in full.
        // Borderline flags count by the cube of their combined evidence: one alone costs little (a
        // flag of certainty 0.6 and strength 0.5 costs 0.7 points), so no single unconfirmed flag
        // decides a letter, while a dozen together (sharing clauses at 0.6) still add up to the
        // full penalty, as they should.
        var established = weighed.Where(IsEstablished).ToList();
        var steps = new List<GradeStep>();
        foreach (var (risk, protective) in Labels.Pairs)
        {
            var sure = established.Where(w => w.Label == risk).ToList();
            var borderline = weighed.Where(w => w.Label == risk && !IsEstablished(w)).ToList();
            if (sure.Count + borderline.Count == 0)
            {
                continue;
            }

            var firm = Evidence(sure.Select(r => r.Certainty * r.Strength));
            var loose = Evidence(borderline.Select(r => r.Certainty * r.Strength));
            var evidence = Combined(firm, loose);
            var penalty = RiskPenalty * evidence;
            var all = sure.Concat(borderline).ToList();
            var strongest = all.OrderByDescending(r => IsEstablished(r)).ThenByDescending(r => r.Certainty * r.Strength).First();
            var mergedHere = all.Sum(r => r.Copies - 1);
            steps.Add(new GradeStep(
                Format($"{risk}: {Clauses(all.Count)}{(mergedHere > 0 ? Format($" ({mergedHere} near-identical merged)") : "")}{Where(all)}, {sure.Count} established (evidence {firm:0.00}) and {borderline.Count} borderline (evidence {loose:0.00}, counted as its cube {loose * loose * loose:0.00}); strongest: certainty {strongest.Certainty:0.00} x strength {strongest.Strength:0.00} ({strongest.Cues})"),
                -Round(penalty)));

            var shields = established.Where(w => w.Label == protective).ToList();
            if (shields.Count > 0)
            {
                var cover = Evidence(shields.Select(s => s.Certainty));
                steps.Add(new GradeStep(
                    Format($"{protective}: {Clauses(shields.Count)} established, evidence {cover:0.00}, partly offsetting {risk}"),
                    Round(ProtectiveShare * penalty * cover)));
            }
        }

        var expected = established.Where(w => w.Kind == Labels.Risk).Sum(w => w.Certainty);
        if (expected > 0 && inputs.Words > 0)
        {
            var density = expected * 1000.0 / inputs.Words;
            steps.Add(new GradeStep(
                Format($"risk density {density:0.##} established flags per 1,000 words ({expected:0.##} in {inputs.Words} words, each weighed by its certainty)"),
                -Round(Math.Min(DensityPenaltyCap, density * DensityPenaltyPerFlagPer1000Words))));
        }

        var readability = ReadabilityTerm.Penalty(inputs.FleschKincaidGrade);
        steps.Add(ReadabilityTerm.Step(inputs.FleschKincaidGrade));

        var score = Round(Math.Clamp(100 + steps.Sum(s => s.Points), 0, 100));
        var interval = draws > 0 ? IntervalOf(weighed, inputs.Words, readability, score, draws) : null;
        return new Grade(GradeRuleV1.LetterFor(score), score, Version, steps, interval, merged);
    }

    /// <summary>One group of near-identical flags, weighed by its strongest member.</summary>
    private static Weighed Weigh(IReadOnlyList<GradeEvidence> group)
    {
        var best = group
            .Select(e =>
            {
                var (strength, cues) = e.Kind == Labels.Risk ? ClauseSeverity.Of(e.Label, e.Text, e.Consent) : (1.0, string.Empty);
                return new Weighed(e.Label, e.Kind, e.Certainty, e.Reviewed, strength, cues, e.DocumentType, group.Count);
            })
            .OrderByDescending(w => w.Certainty * w.Strength)
            .ThenByDescending(w => w.Reviewed)
            .First();
        return best;
    }

    private static bool IsEstablished(Weighed w) => w.Reviewed || w.Certainty >= EstablishedCertainty;

    /// <summary>Established evidence in full, borderline evidence cubed, combined as independent.</summary>
    private static double Combined(double firm, double loose) => 1 - ((1 - firm) * (1 - (loose * loose * loose)));

    /// <summary>The chance that at least one of independent pieces of evidence holds.</summary>
    private static double Evidence(IEnumerable<double> weights) => 1 - weights.Aggregate(1.0, (miss, w) => miss * (1 - Math.Clamp(w, 0, 1)));

    /// <summary>
    /// Draws each unreviewed flag as present with its certainty (reviewed flags always are) and
    /// scores each draw with the same rule at certainty 1; the interval is the draws' 5th-95th percentiles.
    /// </summary>
    private static GradeInterval IntervalOf(List<Weighed> weighed, int words, double readability, double score, int draws)
    {
        var random = new Random(Seed);
        var scores = new double[draws];
        var present = new bool[weighed.Count];
        for (var d = 0; d < draws; d++)
        {
            for (var i = 0; i < weighed.Count; i++)
            {
                present[i] = weighed[i].Reviewed || random.NextDouble() < weighed[i].Certainty;
            }

            var points = 100 - readability;
            var riskFlags = 0;
            foreach (var (risk, protective) in Labels.Pairs)
            {
                double riskMiss = 1, shieldMiss = 1;
                for (var i = 0; i < weighed.Count; i++)
                {
                    if (!present[i])
                    {
                        continue;
                    }

                    if (weighed[i].Label == risk)
                    {
                        riskMiss *= 1 - weighed[i].Strength;
                        riskFlags++;
                    }
                    else if (weighed[i].Label == protective)
                    {
                        shieldMiss = 0;
                    }
                }

                var penalty = RiskPenalty * (1 - riskMiss);
                points -= penalty - ProtectiveShare * penalty * (1 - shieldMiss);
            }

            if (riskFlags > 0 && words > 0)
            {
                points -= Math.Min(DensityPenaltyCap, riskFlags * 1000.0 / words * DensityPenaltyPerFlagPer1000Words);
            }

            scores[d] = Math.Clamp(points, 0, 100);
        }

        Array.Sort(scores);
        // The score weighs each flag by its certainty, the draws take it or leave it, so with one
        // near-certain flag the score can sit just outside the draws' range; the interval is
        // widened to hold it, so a cited "C (B-D)" always contains its own letter.
        var low = Math.Min(score, Round(scores[(int)(0.05 * (draws - 1))]));
        var high = Math.Max(score, Round(scores[(int)Math.Ceiling(0.95 * (draws - 1))]));
        return new GradeInterval(low, high, GradeRuleV1.LetterFor(low), GradeRuleV1.LetterFor(high), draws);
    }

    private static string Clauses(int count) => count == 1 ? "1 clause" : Format($"{count} clauses");

    /// <summary>Which documents a provider's risk comes from ("" when all are in one document type).</summary>
    private static string Where(List<Weighed> risks)
    {
        var types = risks.GroupBy(r => r.DocumentType, StringComparer.Ordinal).ToList();
        return types.Count <= 1 ? Format($" in {types.FirstOrDefault()?.Key ?? "the document"}") : " in " + string.Join(", ", types.Select(t => Format($"{t.Key} {t.Count()}")));
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Weighed(string Label, string Kind, double Certainty, bool Reviewed, double Strength, string Cues, string DocumentType, int Copies);
}
