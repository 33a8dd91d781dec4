namespace TosScan.Readability;

/// <summary>
/// Syllables of a run of digits read aloud as an English cardinal number ("500" is "five hundred",
/// 3 syllables). Leading zeros and numbers of more than twelve digits (phone numbers, IDs) are read
/// digit by digit.
/// </summary>
internal static class NumberSyllables
{
    // zero..nineteen
    private static ReadOnlySpan<byte> Small => [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2];

    // twenty..ninety, indexed by tens digit
    private static ReadOnlySpan<byte> Tens => [0, 0, 2, 2, 2, 2, 2, 3, 2, 2];

    private const int Hundred = 2;
    private const int ScaleWord = 2; // thousand, million, billion

    public static int Count(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            return 0;
        }

        if ((digits.Length > 1 && digits[0] == '0') || digits.Length > 12)
        {
            var total = 0;
            foreach (var d in digits)
            {
                total += Small[d - '0'];
            }

            return total;
        }

        var value = long.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        if (value == 0)
        {
            return Small[0];
        }

        var syllables = 0;
        var groups = 0;
        while (value > 0)
        {
            var group = (int)(value % 1000);
            if (group > 0)
            {
                syllables += UnderThousand(group) + (groups > 0 ? ScaleWord : 0);
            }

            value /= 1000;
            groups++;
        }

        return syllables;
    }

    private static int UnderThousand(int n)
    {
        var syllables = 0;
        if (n >= 100)
        {
            syllables += Small[n / 100] + Hundred;
            n %= 100;
        }

        if (n >= 20)
        {
            syllables += Tens[n / 10];
            n %= 10;
            if (n > 0)
            {
                syllables += Small[n];
            }
        }
        else if (n > 0)
        {
            syllables += Small[n];
        }

        return syllables;
    }
}
