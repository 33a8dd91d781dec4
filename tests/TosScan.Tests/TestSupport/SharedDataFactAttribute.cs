namespace TosScan.Tests.TestSupport;

/// <summary>
/// A fact that reads the shared data (<see cref="SharedData"/>): skipped with one clear line when the
/// data is absent, so a fresh clone's test run is green and says what it did not test. xunit 2 has
/// no skipping at run time, so the decision is made when the attribute is created. When
/// scripts/test.sh found the data (<see cref="SharedData.RequiredVariable"/>), it never skips.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.IsPresent && !SharedData.IsRequired)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}

/// <summary>A theory that reads the shared data; see <see cref="SharedDataFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.IsPresent && !SharedData.IsRequired)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}
