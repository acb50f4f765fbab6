using BenchmarkDotNet.Running;

namespace DinActions.Benchmarks;

/// <summary>Runs the suites chosen on the command line: <c>-- --filter '*'</c> for all of them.</summary>
public static class Program
{
    /// <summary>Hands the command line to BenchmarkDotNet; exits 1 when a benchmark did not run to the end.</summary>
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        var failed = summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success));
        return failed ? 1 : 0;
    }
}
