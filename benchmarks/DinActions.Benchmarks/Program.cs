using BenchmarkDotNet.Running;

namespace DinActions.Benchmarks;

/// <summary>Runs the suites chosen on the command line: <c>-- --filter '*'</c> for all of them.</summary>
public static class Program
{
    /// <summary>Hands the command line to BenchmarkDotNet.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
