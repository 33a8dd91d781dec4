using Xunit.Abstractions;
using Xunit.Sdk;

namespace TosScan.Tests.TestSupport;

/// <summary>
/// A fact of a contract every store meets, written once in an abstract class and run by each
/// store's subclass. The skip decision belongs to the subclass, which an attribute on the shared
/// method cannot see, so <see cref="StoreFactDiscoverer"/> makes it: a class marked
/// <see cref="NeedsPostgresAttribute"/> skips as <see cref="PostgresFactAttribute"/> does.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("TosScan.Tests.TestSupport.StoreFactDiscoverer", "TosScan.Tests")]
public sealed class StoreFactAttribute : FactAttribute
{
}

/// <summary>Marks a test class whose store lives on the PostgreSQL test server.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsPostgresAttribute : Attribute
{
}

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        yield return new StoreTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}

/// <summary>
/// A contract test case that works out its skip reason from its own class, so the reason needs no
/// state of its own to survive serialisation to the runner.
/// </summary>
public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("For the deserialiser only.")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, display, displayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        base.GetSkipReason(factAttribute)
        ?? (TestMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsPostgresAttribute)).Any() ? PostgresServer.SkipReason : null)!;
}
