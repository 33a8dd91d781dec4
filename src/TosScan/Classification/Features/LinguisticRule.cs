using System.Text.RegularExpressions;

namespace TosScan.Classification.Features;

/// <summary>
/// One hand-written linguistic feature: a pattern over the clause text. When
/// <paramref name="SplitOnNegation"/> is set the feature comes in two flavours, affirmed and negated
/// (the first word of the match lies in a negation scope), because "we sell your data to
/// advertisers" and "we never sell your data to advertisers" must pull in opposite directions.
/// </summary>
/// <param name="Name">Stable feature name, stored in the model manifest (e.g. <c>mkt.share_with_marketer</c>).</param>
/// <param name="Pattern">What to find; matches become evidence spans.</param>
/// <param name="SplitOnNegation">Whether a negated match is a separate feature.</param>
/// <param name="Gloss">A few words for the one-line reason ("a perpetual or irrevocable licence").</param>
/// <param name="ParagraphContext">Whether the feature frames a whole paragraph: when a paragraph is also
/// scored sentence by sentence, each sentence inherits it from the paragraph (a "California privacy
/// rights" heading changes what the next sentence about disclosures means).</param>
internal sealed record LinguisticRule(string Name, Regex Pattern, bool SplitOnNegation, string Gloss, bool ParagraphContext = false);
