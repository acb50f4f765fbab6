using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace DinActions.Benchmarks;

/// <summary>Runs the suites chosen on the command line: <c>-- --filter '*'</c> for all of them.</summary>
public static class Program
{
    /// <summary>Hands the command line to BenchmarkDotNet; exits 1 when a benchmark did not run to the end.</summary>
    public static int Main(string[] args)
    {
        // The project each run generates is built with the whole solution behind it: on a busy two-core machine that
        // takes longer than BenchmarkDotNet's two minutes, and a timed-out build would fail a benchmark that works.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        var failed = summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success));
        return failed ? 1 : 0;
    }
}
