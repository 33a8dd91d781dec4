namespace TosScan.Storage;

/// <summary>Both stores' schema steps are numbered 1, 2, 3, ... in order; a list that is not is a programming error.</summary>
internal static class MigrationNumbering
{
    public static void Check(IEnumerable<int> versions)
    {
        var position = 0;
        foreach (var version in versions)
        {
            position++;
            if (version != position)
            {
                throw new InvalidOperationException(
                    $"Schema migrations must be numbered 1, 2, 3, ... in order; position {position} holds version {version}.");
            }
        }
    }
}
