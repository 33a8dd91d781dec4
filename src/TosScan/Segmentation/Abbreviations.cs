namespace TosScan.Segmentation;

/// <summary>
/// Words with a final period that usually do not end a sentence. Lower case, period included.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Never end a sentence: Latin forms, titles and references that always take a complement.</summary>
    public static readonly IReadOnlySet<string> NeverFinal = new HashSet<string>(StringComparer.Ordinal)
    {
        "e.g.", "i.e.", "eg.", "ie.", "cf.", "viz.", "vs.", "v.", "approx.", "incl.", "excl.", "esp.", "resp.",
        "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "sr.", "jr.", "rev.", "hon.", "gen.", "capt.", "mt.",
        "fig.", "figs.", "p.", "pp.", "para.", "paras.", "ch.", "vol.", "ed.", "eds.", "ref.", "refs.", "cl.",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "tel.", "ph.", "ext.", "dept.", "univ.", "assn.", "bros.", "a.k.a.", "al.", "n.b.", "nb.",
    };

    /// <summary>Never end a sentence when a number follows ("No. 5", "Art. 6", "Sec. 4.2").</summary>
    public static readonly IReadOnlySet<string> BeforeNumber = new HashSet<string>(StringComparer.Ordinal)
    {
        "no.", "nos.", "art.", "arts.", "sec.", "secs.", "ss.", "s.", "reg.", "regs.", "sch.", "pt.", "nr.",
    };

    /// <summary>
    /// Abbreviations that often end a sentence too ("... and Acme Inc. We may ..."): a boundary only
    /// when the next word typically starts a sentence.
    /// </summary>
    public static readonly IReadOnlySet<string> MayBeFinal = new HashSet<string>(StringComparer.Ordinal)
    {
        "etc.", "inc.", "ltd.", "corp.", "co.", "llc.", "plc.", "l.l.c.", "u.s.", "u.k.", "e.u.", "u.s.a.", "u.n.",
        "n.v.", "b.v.", "s.a.", "s.a.r.l.", "gmbh.", "ag.", "a.m.", "p.m.", "d.c.", "pty.", "pte.", "bv.", "nv.",
    };

    /// <summary>Words that typically open a sentence in a policy.</summary>
    public static readonly IReadOnlySet<string> SentenceStarters = new HashSet<string>(StringComparer.Ordinal)
    {
        "We", "You", "Your", "Our", "Us", "The", "This", "These", "That", "Those", "There", "It", "Its", "They",
        "Their", "If", "In", "For", "When", "Where", "Any", "All", "Such", "Please", "To", "Unless", "Except",
        "By", "As", "A", "An", "Each", "Some", "He", "She", "I", "Note", "See", "Also", "However", "Additionally",
        "Moreover", "Further", "Furthermore", "Otherwise", "Nothing", "On", "At", "From", "With", "Under",
        "What", "How", "Why", "Who", "Which", "Once", "After", "Before", "While", "Although", "Because", "Since",
        "Unlike", "Most", "Many", "Other", "Certain", "Notwithstanding", "Subject", "Without",
    };
}
