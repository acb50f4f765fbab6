using System.Globalization;
using DinActions.Diagnostics;

namespace DinActions.Cli.Testing;

/// <summary>
/// Prints a <see cref="TestRun"/> for people: one line per scenario, and under a failure each expectation that did
/// not hold with the lines expected (<c>-</c>) and the lines found (<c>+</c>). Every line is escaped, because a live
/// server's answer is quoted.
/// </summary>
internal static class TextTestReport
{
    public static async Task WriteAsync(TestRun run, TextWriter output)
    {
        async Task Line(string text) => await output.WriteLineAsync(PrintableText.Escape(text)).ConfigureAwait(false);

        foreach (var result in run.Results)
        {
            await Line($"{(result.Passed ? "PASS" : "FAIL")}  {result.Scenario.Name}").ConfigureAwait(false);
            foreach (var mismatch in result.Mismatches)
            {
                await Line($"      {mismatch.Expectation}: {mismatch.Message}").ConfigureAwait(false);
                foreach (var expected in mismatch.Expected)
                {
                    await Line($"        - {expected}").ConfigureAwait(false);
                }

                foreach (var actual in mismatch.Actual)
                {
                    await Line($"        + {actual}").ConfigureAwait(false);
                }
            }
        }

        await Line(string.Create(CultureInfo.InvariantCulture, $"{run.Passed} passed, {run.Failed} failed ({run.ScenarioPath} against {run.Target})")).ConfigureAwait(false);
    }
}
