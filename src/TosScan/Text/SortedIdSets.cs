namespace TosScan.Text;

/// <summary>Set similarity of token-id sets kept as sorted arrays (no allocation, one merge pass).</summary>
internal static class SortedIdSets
{
    /// <summary>|A ∩ B| / |A ∪ B| of two sorted, distinct id arrays; 1 when both are empty.</summary>
    public static double Jaccard(int[] a, int[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 && b.Length == 0)
        {
            return 1.0;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common / (double)(a.Length + b.Length - common);
    }
}
