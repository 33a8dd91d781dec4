using TosScan.Reporting.Scorecards;

namespace TosScan.Tests.Reporting;

public sealed class GradeRuleV2Tests
{
    private static readonly GradeRuleV2 Rule = new();

    private static GradeEvidence Flag(string label, double certainty, string text, bool reviewed = false, string? consent = null, string document = "terms_of_service") =>
        new(label, Labels.KindOf(label), certainty, reviewed, text, consent, document, text.GetHashCode(StringComparison.Ordinal).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Grade Grade(int words, double? fk, params GradeEvidence[] flags) =>
        Rule.Compute(new GradeInputs([], words, fk) { Evidence = flags });

    private const string BroadLicence = "You grant us a perpetual, irrevocable, sublicensable licence to use your photos in advertising.";
    private const string PlainLicence = "You grant us a licence to host and display your photos so the app can show them to your friends.";

    [Fact]
    public void A_clean_plain_document_scores_100_with_a_point_interval()
    {
        var grade = Grade(2000, 7.5, Flag("protects_ownership", 0.95, "You keep ownership of your photos."));

        Assert.Equal(100, grade.Score);
        Assert.Equal("A (A-A)", grade.Display);
        Assert.Equal(100, grade.Interval!.Low);
        Assert.Equal(100, grade.Interval.High);
    }

    [Fact]
    public void One_borderline_plain_flag_costs_a_few_points_while_a_certain_strong_one_costs_the_full_penalty()
    {
        var borderline = Grade(10_000, null, Flag("content_ownership", 0.55, PlainLicence));
        var certain = Grade(10_000, null, Flag("content_ownership", 1.0, BroadLicence, reviewed: true));

        Assert.True(100 - borderline.Score < 5, $"a borderline flag cost {100 - borderline.Score} points");
        Assert.Equal("A", borderline.Letter);
        // 25 for the label, 0.4 for one flag in 10,000 words.
        Assert.Equal(100 - 25 - 0.4, certain.Score);
    }

    [Fact]
    public void An_irrevocable_sublicensable_licence_weighs_more_than_a_plain_hosting_licence()
    {
        var broad = Grade(10_000, null, Flag("content_ownership", 0.9, BroadLicence));
        var plain = Grade(10_000, null, Flag("content_ownership", 0.9, PlainLicence));

        Assert.True(broad.Score < plain.Score - 10, $"broad {broad.Score}, plain {plain.Score}");
    }

    [Fact]
    public void Kept_forever_weighs_more_than_kept_in_backups_for_a_while()
    {
        var forever = Grade(10_000, null, Flag("indefinite_retention", 0.9, "We keep your messages forever."));
        var backups = Grade(10_000, null, Flag("indefinite_retention", 0.9, "Copies of your messages may stay in our backups for a while."));

        Assert.True(forever.Score < backups.Score - 5, $"forever {forever.Score}, backups {backups.Score}");
    }

    [Fact]
    public void Consent_asked_first_halves_the_weight_of_marketing()
    {
        const string text = "We share your e-mail address with advertisers so they can send you offers.";
        var none = Grade(10_000, null, Flag("third_party_marketing", 1.0, text, consent: "none"));
        var optIn = Grade(10_000, null, Flag("third_party_marketing", 1.0, text, consent: "opt_in"));

        Assert.True(optIn.Score > none.Score, $"opt-in {optIn.Score}, none {none.Score}");
    }

    [Fact]
    public void Regional_copies_of_a_clause_count_once_and_the_grade_says_how_many_were_merged()
    {
        const string europe = "If you live in the European Economic Area, you grant Pipit a perpetual, irrevocable and sublicensable licence to use your videos for any purpose.";
        const string elsewhere = "If you live outside the European Economic Area, you grant Pipit a perpetual, irrevocable and sublicensable licence to use your videos for any purpose.";
        var once = Grade(5000, null, Flag("content_ownership", 0.7, europe), Flag("indefinite_retention", 0.95, "We keep your messages forever."));
        var twice = Grade(5000, null, Flag("content_ownership", 0.7, europe), Flag("content_ownership", 0.7, elsewhere), Flag("indefinite_retention", 0.95, "We keep your messages forever."));
        var different = Grade(5000, null, Flag("content_ownership", 0.7, europe), Flag("content_ownership", 0.7, BroadLicence), Flag("indefinite_retention", 0.95, "We keep your messages forever."));

        Assert.Equal(once.Score, twice.Score);
        Assert.Equal(1, twice.MergedDuplicates);
        Assert.Equal(0, different.MergedDuplicates);
        Assert.True(different.Score < once.Score);
    }

    [Fact]
    public void One_borderline_flag_alone_costs_little_but_many_together_count_in_full()
    {
        const string sharing = "We may share information about you with our partners for their marketing.";
        var one = Grade(100_000, null, Flag("third_party_marketing", 0.6, sharing));
        var many = Grade(100_000, null, [.. Enumerable.Range(0, 12).Select(i => Flag("third_party_marketing", 0.6, $"Clause {i}: we may pass details of kind {i} about you to partner number {i} for their advertising."))]);
        var established = Grade(100_000, null, Flag("third_party_marketing", 0.95, sharing));

        // Certainty 0.6 x strength 0.5 (plain sharing), cubed: 25 x 0.3^3 = 0.68 points.
        Assert.Equal(100 - 0.68, one.Score, 2);
        Assert.True(one.Interval!.Low < 100, "the borderline flag must still widen the interval");
        Assert.True(100 - many.Score > 10, $"twelve borderline flags cost only {100 - many.Score}");
        Assert.True(established.Score < 100);
    }

    [Fact]
    public void Reviewed_flags_are_certain_so_the_interval_closes()
    {
        var unreviewed = Grade(3000, 9, Flag("content_ownership", 0.6, BroadLicence), Flag("indefinite_retention", 0.7, "We keep your messages forever."));
        var reviewed = Grade(3000, 9, Flag("content_ownership", 1.0, BroadLicence, reviewed: true), Flag("indefinite_retention", 1.0, "We keep your messages forever.", reviewed: true));

        Assert.True(unreviewed.Interval!.High - unreviewed.Interval.Low > 10, $"interval {unreviewed.Interval}");
        Assert.Equal(reviewed.Interval!.Low, reviewed.Interval.High);
        Assert.Equal(reviewed.Score, reviewed.Interval.Low);
    }

    [Fact]
    public void The_interval_holds_the_score_and_is_the_same_every_time()
    {
        var flags = new[]
        {
            Flag("content_ownership", 0.97, PlainLicence),
            Flag("third_party_marketing", 0.62, "We may share your details with marketing partners.", consent: "opt_out"),
            Flag("bounded_retention", 0.8, "We delete your data within 30 days."),
        };
        var first = Grade(2500, 11, flags);
        var second = Grade(2500, 11, flags);

        Assert.InRange(first.Score, first.Interval!.Low, first.Interval.High);
        Assert.Equal(first.Interval, second.Interval);
        Assert.Equal(GradeRuleV2.Draws, first.Interval.Draws);
    }

    [Fact]
    public void The_steps_add_up_to_the_score()
    {
        var grade = Grade(2500, 12, Flag("content_ownership", 0.9, BroadLicence), Flag("protects_ownership", 0.9, "You keep ownership of your photos."), Flag("indefinite_retention", 0.5, "We retain log files."));

        Assert.Equal(grade.Score, Math.Round(100 + grade.Steps.Sum(s => s.Points), 2), 2);
        Assert.Contains(grade.Steps, s => s.Reason.StartsWith("content_ownership: 1 clause in terms_of_service", StringComparison.Ordinal));
        Assert.Contains(grade.Steps, s => s.Reason.StartsWith("protects_ownership", StringComparison.Ordinal) && s.Points > 0);
    }

    [Theory]
    [InlineData("v1", "grade-rule v1")]
    [InlineData("v2", "grade-rule v2")]
    [InlineData("grade-rule v1", "grade-rule v1")]
    public void Rules_are_found_by_name(string name, string version) =>
        Assert.Equal(version, GradeRules.Create(name).Version);

    [Fact]
    public void An_unknown_rule_is_refused_with_the_names_that_exist()
    {
        var error = Assert.Throws<ArgumentException>(() => GradeRules.Create("v9"));
        Assert.Contains("v1, v2", error.Message, StringComparison.Ordinal);
    }
}
