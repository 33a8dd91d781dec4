namespace TosScan.Classification.Training;

/// <summary>Settings of <c>tosscan train</c>. Defaults are what the committed models were trained with.</summary>
public sealed record TrainerOptions
{
    /// <summary>MLContext seed; same seed and data give the same model. Default 20261129.</summary>
    public int Seed { get; init; } = 20261129;

    /// <summary>Cross-validation folds for calibration and thresholds (2-10). Default 5.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>An n-gram enters the vocabulary when at least this many clauses contain it (1-100). Default 2.</summary>
    public int MinDocumentFrequency { get; init; } = 2;

    /// <summary>
    /// L1 penalty (>= 0): keeps the models sparse and the zip files small. Default 0.1, with L2 0.5.
    /// Cross-validation on the corpus, grouped or not, prefers much weaker penalties (L1 0.005-0.02,
    /// L2 0.0005-0.005), which did worse on real policies; no split of our corpus shows that shift,
    /// so CV cannot choose these (docs/classification.md, "Grouped cross-validation").
    /// </summary>
    public float L1Regularization { get; init; } = 0.1f;

    /// <summary>L2 penalty (>= 0): damps the template-specific n-grams of a generated corpus. Default 0.5.</summary>
    public float L2Regularization { get; init; } = 0.5f;

    /// <summary>Minimum cross-validated precision a protective label's threshold must keep (0-1). Default 0.9.</summary>
    public double ProtectivePrecisionFloor { get; init; } = 0.9;

    /// <summary>
    /// Thresholds whose cross-validated F1 is within this distance of the best count as equally good,
    /// and the median of them is used (0-0.05). Default 0.01: the corpus's CV F1 curve is flat, so its
    /// exact maximum jumps when a few clauses are added; the median of the plateau does not.
    /// </summary>
    public double ThresholdPlateau { get; init; } = 0.01;

    /// <summary>
    /// Clauses whose content-bigram Jaccard similarity reaches this value are linked into one
    /// cross-validation group (0.05-1; 1 = every clause its own group, the old ungrouped folds).
    /// Default 0.4: template siblings of the generated corpus share a fold, while the largest
    /// group stays near 2% of the corpus (at 0.3 chains of links join groups of ~270 clauses).
    /// </summary>
    public double GroupSimilarity { get; init; } = 0.4;

    /// <summary>
    /// How many times cross-validation is run, each time with the groups dealt into folds by a
    /// different hash (1-10). Platt calibration and the threshold are chosen on the out-of-fold scores
    /// of all runs together, so one unlucky deal of a few clauses does not move the threshold.
    /// Default 5: over eight corpora thinned by 3%, it halved the spread of the chosen thresholds
    /// (mean standard deviation 0.034 -> 0.017) for five times the cross-validation time.
    /// </summary>
    public int CrossValidationRepeats { get; init; } = 5;

    /// <summary>
    /// Training weight of a row from a real labelled set relative to a corpus clause (0.1-20).
    /// Default 1.
    /// </summary>
    public float RealRowWeight { get; init; } = 1f;

    /// <summary>
    /// Training weight of a reviewer's decision (<c>train --decisions</c>) relative to a corpus clause
    /// (1-100). Default 10: one clause among thousands would otherwise barely move a model, and a
    /// false flag a reviewer rejected must stop firing once trained on.
    /// </summary>
    public float ReviewedRowWeight { get; init; } = 10f;

    /// <summary>
    /// Which cross-validated rows fit the calibration and choose the thresholds. Default
    /// <see cref="ThresholdRows.Balanced"/>: thresholds chosen on the corpus alone lost a third of the
    /// real risky clauses; chosen on the real rows alone they halved content_ownership precision on
    /// whole documents.
    /// </summary>
    public ThresholdRows ThresholdsOn { get; init; } = ThresholdRows.Balanced;

    /// <summary>
    /// Factor on the centred unit sentence vectors (0.1-20), so the same penalties that keep n-gram
    /// weights small leave the vectors room to matter. Default 2: on the real rows' cross-validation
    /// 3 did as well or better, but cost the team's whole-document validation sets more content_ownership
    /// precision; 1 kept that precision but lost most of the retention gain (docs/classification.md,
    /// "Seventh round").
    /// </summary>
    public float EmbeddingScale { get; init; } = 2f;

    /// <summary>
    /// Share of training texts whose sentence-vector effect on a label's margin the cascade's bound
    /// covers (0.5-1; 1 = the largest effect seen). Default 0.95: on the 21,702 clauses of the 44 real documents it encodes 7.2% of the text units and classify runs at about 610 clauses/s (0.99: 15.9%, about 410/s, below the 500/s goal); 35 clauses get different flags than at 0.99, and on the OPP-115 test half 5 of 1,834 paragraphs differ from encoding every unit. A text whose vector would move the
    /// margin further than this bound, and whose sparse margin alone is further than the bound from
    /// the threshold, is classified without its vector; bench/classify-throughput.sh measures how
    /// often that changes a flag.
    /// </summary>
    public double CascadeQuantile { get; init; } = 0.95;

    /// <summary>
    /// Nearest training texts whose labels vote, one feature per label, beside the sentence vector
    /// (0-100; 0 = no votes). Needs sentence vectors. Default 0: with 10 votes at scale 0.5 the
    /// held-out train groups of ToS;DR and our validation sets gained 0.01-0.11 F1 on
    /// content_ownership and third_party_marketing, but realdocs_dev and OPP-115 lost 0.02-0.04 and the
    /// test halves did not move towards their targets (docs/classification.md, ninth round).
    /// </summary>
    public int NeighbourCount { get; init; }

    /// <summary>
    /// Factor on the centred neighbour votes (0.1-20). Default 0.5, the best of 0.3, 0.5 and 1 on the
    /// held-out train groups (1 lost more on realdocs_dev and OPP-115, 0.3 kept less of the ToS;DR
    /// retention gain).
    /// </summary>
    public float NeighbourScale { get; init; } = 0.5f;

    /// <summary>
    /// Labels whose texts of several sentences get a calibration and threshold of their own. The
    /// classifier scores such a text by its best unit (the text or one of its sentences), so it has
    /// several chances to cross a threshold fitted on texts scored whole; its own calibration is
    /// fitted on the training texts of several sentences, scored that way out of fold. Default
    /// third_party_marketing only: on the held-out train groups and our validation sets it raised
    /// marketing F1 on every paragraph set (OPP-115 0.684 -> 0.722), while for retention it lost three
    /// of 16 held-out ToS;DR positives, for content_ownership 0.056 on validation-a, and for the
    /// protective labels, whose precision floor on the paragraph rows alone set high thresholds, up
    /// to 0.14 (docs/classification.md, fourteenth round). Empty gives every text one calibration, as
    /// before that round. Ignored with votes of the nearest texts (<see cref="NeighbourCount"/>).
    /// </summary>
    public IReadOnlyList<string> ParagraphCalibration { get; init; } = [ClauseLabels.ThirdPartyMarketing];

    public void Validate()
    {
        if (ParagraphCalibration.FirstOrDefault(l => !ClauseLabels.All.Contains(l)) is { } unknown)
        {
            throw new ArgumentException($"TrainerOptions.ParagraphCalibration names unknown label '{unknown}'; the labels are {string.Join(", ", ClauseLabels.All)}.", nameof(ParagraphCalibration));
        }

        if (CascadeQuantile is < 0.5 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(CascadeQuantile), CascadeQuantile, "TrainerOptions.CascadeQuantile must be between 0.5 and 1.");
        }

        if (NeighbourCount is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(NeighbourCount), NeighbourCount, "TrainerOptions.NeighbourCount must be between 0 and 100.");
        }

        if (NeighbourScale is < 0.1f or > 20f)
        {
            throw new ArgumentOutOfRangeException(nameof(NeighbourScale), NeighbourScale, "TrainerOptions.NeighbourScale must be between 0.1 and 20.");
        }

        if (EmbeddingScale is < 0.1f or > 20f)
        {
            throw new ArgumentOutOfRangeException(nameof(EmbeddingScale), EmbeddingScale, "TrainerOptions.EmbeddingScale must be between 0.1 and 20.");
        }

        if (ReviewedRowWeight is < 1f or > 100f)
        {
            throw new ArgumentOutOfRangeException(nameof(ReviewedRowWeight), ReviewedRowWeight, "TrainerOptions.ReviewedRowWeight must be between 1 and 100.");
        }

        if (RealRowWeight is < 0.1f or > 20f)
        {
            throw new ArgumentOutOfRangeException(nameof(RealRowWeight), RealRowWeight, "TrainerOptions.RealRowWeight must be between 0.1 and 20.");
        }

        if (CrossValidationRepeats is < 1 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(CrossValidationRepeats), CrossValidationRepeats, "TrainerOptions.CrossValidationRepeats must be between 1 and 10.");
        }

        if (GroupSimilarity is < 0.05 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(GroupSimilarity), GroupSimilarity, "TrainerOptions.GroupSimilarity must be between 0.05 and 1.");
        }

        if (ThresholdPlateau is < 0 or > 0.05)
        {
            throw new ArgumentOutOfRangeException(nameof(ThresholdPlateau), ThresholdPlateau, "TrainerOptions.ThresholdPlateau must be between 0 and 0.05.");
        }

        if (Folds is < 2 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(Folds), Folds, "TrainerOptions.Folds must be between 2 and 10.");
        }

        if (MinDocumentFrequency is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(MinDocumentFrequency), MinDocumentFrequency, "TrainerOptions.MinDocumentFrequency must be between 1 and 100.");
        }

        if (L1Regularization < 0 || L2Regularization < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(L1Regularization), "TrainerOptions.L1Regularization and L2Regularization must be >= 0.");
        }

        if (ProtectivePrecisionFloor is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ProtectivePrecisionFloor), ProtectivePrecisionFloor, "TrainerOptions.ProtectivePrecisionFloor must be between 0 and 1.");
        }
    }
}

/// <summary>The rows whose out-of-fold scores fit calibration and thresholds.</summary>
public enum ThresholdRows
{
    /// <summary>Every training row, corpus and real alike.</summary>
    All,

    /// <summary>
    /// Every row fits the calibration; a risk label's threshold maximises the mean of the F1 on all
    /// rows and the F1 on the real rows (protective labels as with <see cref="All"/>).
    /// </summary>
    Balanced,

    /// <summary>
    /// Rows of the real labelled sets only, for the risk labels (when a label has real positives);
    /// protective labels still use every row.
    /// </summary>
    Real,
}
