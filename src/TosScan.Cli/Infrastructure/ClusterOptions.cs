using System.CommandLine;

namespace TosScan.Cli.Infrastructure;

/// <summary>The options of commands that use a scanning cluster.</summary>
internal static class ClusterOptions
{
    /// <summary><c>--cluster CONNECTION</c>: the PostgreSQL database the cluster meets in.</summary>
    public static Option<string?> Cluster(bool required) => new("--cluster")
    {
        Description = required
            ? "PostgreSQL connection string of the cluster (membership, reminders, scan progress; also the store unless --db)."
            : "Submit the scan to the cluster meeting in this PostgreSQL database (see 'tosscan worker') instead of scanning in this process; --db then defaults to the same database.",
        Required = required,
    };

    /// <summary><c>--wait-for-workers SECONDS</c>: how long a client waits when no worker is active.</summary>
    public static Option<double> WaitForWorkers() => new("--wait-for-workers")
    {
        Description = "With --cluster: seconds to wait for a worker when none is active before giving up with exit code 2 (default 120).",
        DefaultValueFactory = _ => 120,
    };
}
