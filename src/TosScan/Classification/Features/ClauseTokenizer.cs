using System.Collections.Frozen;

namespace TosScan.Classification.Features;

/// <summary>
/// Splits a clause into lower-cased, lightly stemmed words and marks negation scope.
/// Stemming is deliberately crude (plural, -ing, -ed, final e, British spellings): the training
/// corpus is small, so "shares", "shared" and "sharing" must meet the same weight.
/// A negation scope opens at a negator (not, never, no, n't, ...) and closes at punctuation or a
/// word that turns the sentence back ("but", "except", "unless"), so in "we do not sell your data,
/// but we share it with advertisers" only "sell your data" is negated. One exception: a comma
/// after a single word of the scope continues a list ("we will not disclose, sell, license or
/// otherwise transfer your data"), and the whole list stays negated. The other: a denied practice
/// followed by a comma and another practice verb ("we do not sell your data, share it with partners
/// for their marketing or use it for advertising") is a list of denied verb phrases, so the scope
/// opens again at that verb.
/// </summary>
internal static class ClauseTokenizer
{
    private static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(
    [
        "not", "no", "never", "neither", "nor", "cannot", "without", "nothing", "none",

        // Prohibitions deny what follows as firmly as "not" does: service providers "are prohibited
        // from selling it or using it for their own marketing" is a promise, not a practice.
        "prohibited", "prohibit", "prohibits", "forbidden", "forbid", "forbids", "barred", "precluded",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ScopeBreakers = FrozenSet.ToFrozenSet(
    [
        "but", "except", "unless", "however", "although", "though", "instead", "whereas", "while",
    ], StringComparer.Ordinal);

    // "We have no responsibility for the deletion of content" disclaims liability; it does not deny
    // that content is deleted. The scope closes after the disclaimer word, so what follows keeps
    // its plain reading.
    private static readonly FrozenSet<string> Disclaimers = FrozenSet.ToFrozenSet(
    [
        "responsibility", "responsible", "liability", "liable", "accountable", "warranty", "warranties",
        "guarantee", "guarantees", "representation", "representations",
    ], StringComparer.Ordinal);

    // Verbs of the practices the labels are about. When one of them is denied and, after a comma (and
    // perhaps "and", "or", "nor"), another one follows, the second is denied too. Kept to these verbs
    // so that "we do not sell your data, we share it" (no verb right after the comma) is not denied.
    private static readonly FrozenSet<string> PracticeVerbs = FrozenSet.ToFrozenSet(
    [
        "sell", "sells", "selling", "share", "shares", "sharing", "rent", "rents", "renting", "lease",
        "trade", "trades", "disclose", "discloses", "disclosing", "transfer", "transfers", "give", "gives",
        "provide", "provides", "pass", "passes", "use", "uses", "using", "license", "licence", "sublicense",
        "send", "sends", "keep", "keeps", "store", "stores", "retain", "retains", "publish", "display",
        "claim", "claims", "make", "makes", "allow", "allows", "let", "lets", "permit", "permits", "hand",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Conjunctions = FrozenSet.ToFrozenSet(["and", "or", "nor"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Spellings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["licence"] = "license", ["licences"] = "licenses", ["licenced"] = "licensed", ["licencing"] = "licensing",
        ["sublicence"] = "sublicense", ["sublicences"] = "sublicenses", ["sublicencable"] = "sublicensable",
        ["sublicenceable"] = "sublicensable", ["sublicensible"] = "sublicensable", ["sublicenseable"] = "sublicensable",
        ["behaviour"] = "behavior", ["behavioural"] = "behavioral", ["organisation"] = "organization",
        ["organisations"] = "organizations", ["authorise"] = "authorize", ["personalised"] = "personalized",
        ["personalise"] = "personalize", ["anonymised"] = "anonymized", ["anonymise"] = "anonymize",
        ["favour"] = "favor", ["programme"] = "program", ["centre"] = "center", ["utilise"] = "utilize",
        ["cancelled"] = "canceled", ["worldwide"] = "worldwide", ["ok"] = "okay",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D';

    // A quotation mark opens a quote when a word follows it and none precedes it.
    private static bool OpensQuote(string text, int i) =>
        text[i] == '\u201C'
        || (text[i] == '"' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])));

    /// <summary>Tokenises <paramref name="text"/>; offsets are into <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(Math.Max(8, text.Length / 5));
        var negated = false;
        var pendingNegatorWindow = 0;
        var wordsSinceBreak = 0; // words of the negation scope since the negator or the last list comma
        var scopeDeniesPractice = false; // a practice verb was denied since the last punctuation
        var awaitingListedVerb = false; // a comma closed such a scope: a practice verb next reopens it
        var quotedInScope = false; // a quotation opened inside the negation scope and is still open
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c == ',' && negated && wordsSinceBreak == 1)
                {
                    // "not disclose, sell, ...": a list of one-word items keeps the scope.
                    wordsSinceBreak = 0;
                    pendingNegatorWindow = 8;
                }
                else if (IsQuote(c) && OpensQuote(text, i) is var opens && (opens ? negated : quotedInScope))
                {
                    // A quotation mark does not end a scope when the quote opens inside it (seventeenth
                    // round): US policies quote the statutory terms they deny, "we do not \"sell\" your
                    // personal information", and the quote had turned that denial into a sale. A quote
                    // that opened before the negator still ends it at its close, so the "Not" of a
                    // quoted name ("Do Not Track" setting) stays inside the name.
                    quotedInScope = opens;
                }
                else if (c is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '\n' || IsQuote(c))
                {
                    // The window may have closed the scope before the comma ("we do not sell the
                    // personal information of users under 18, share it ..."); the list still goes on.
                    awaitingListedVerb = c == ',' && scopeDeniesPractice;
                    scopeDeniesPractice = false;
                    quotedInScope = false;
                    negated = false;
                    pendingNegatorWindow = 0;
                }

                i++;
                continue;
            }

            // A word: letters/digits, with inner hyphens and apostrophes ("sub-licensable", "don't").
            var start = i;
            var length = 0;
            while (i < text.Length)
            {
                var ch = text[i];
                if (char.IsLetterOrDigit(ch))
                {
                    if (length < buffer.Length)
                    {
                        buffer[length++] = char.ToLowerInvariant(ch);
                    }

                    i++;
                }
                else if ((ch is '-' or '\'' or '\u2019') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > start)
                {
                    if (ch != '-' && length < buffer.Length)
                    {
                        buffer[length++] = '\'';
                    }

                    i++;
                }
                else
                {
                    break;
                }
            }

            var word = new string(buffer[..length]);
            var isNegator = IsNegator(word);
            if (ScopeBreakers.Contains(word))
            {
                negated = false;
                awaitingListedVerb = false;
                scopeDeniesPractice = false;
            }
            else if (awaitingListedVerb && !Conjunctions.Contains(word))
            {
                awaitingListedVerb = false;
                if (PracticeVerbs.Contains(word))
                {
                    negated = true;
                    pendingNegatorWindow = 8;
                    wordsSinceBreak = 0;
                }
            }

            if (negated && PracticeVerbs.Contains(word))
            {
                scopeDeniesPractice = true;
            }

            tokens.Add(new Token(start, i - start, isNegator ? "not" : Stem(word), negated && !isNegator));
            if (isNegator)
            {
                negated = true;
                pendingNegatorWindow = 8;
                wordsSinceBreak = 0;
            }
            else if (negated && (--pendingNegatorWindow <= 0 || Disclaimers.Contains(word)))
            {
                // Negation rarely reaches further than a verb phrase, and a disclaimer ends it.
                negated = false;
            }
            else if (negated)
            {
                wordsSinceBreak++;
            }
        }

        return tokens;
    }

    private static bool IsNegator(string word) =>
        Negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>A crude suffix stripper: enough to make inflections meet, not a linguistic stemmer.</summary>
    internal static string Stem(string word)
    {
        if (Spellings.TryGetValue(word, out var spelled))
        {
            word = spelled;
        }

        var apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe > 0)
        {
            word = word[..apostrophe];
        }

        if (word.Length <= 3 || char.IsDigit(word[0]))
        {
            return word.Length > 0 && char.IsDigit(word[0]) ? "#" : word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            word = word[..^3] + "y";
        }
        else if (word.EndsWith("sses", StringComparison.Ordinal))
        {
            word = word[..^2];
        }
        else if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            word = word[..^1];
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            word = word[..^3];
        }
        else if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4)
        {
            word = word[..^2];
        }

        if (word.EndsWith('e') && word.Length > 4)
        {
            word = word[..^1];
        }

        return word;
    }
}
