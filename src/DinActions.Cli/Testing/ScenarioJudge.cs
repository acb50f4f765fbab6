using System.Collections.Immutable;
using DinActions.Cli.Call;

namespace DinActions.Cli.Testing;

/// <summary>Compares what a target did with what a scenario expects, every expectation on its own.</summary>
internal static class ScenarioJudge
{
    public static ImmutableArray<Mismatch> Judge(Expectations expect, ScenarioAnswer answer)
    {
        var mismatches = ImmutableArray.CreateBuilder<Mismatch>();
        var noAnswer = answer.Problem is { } problem ? $"; {problem}" : string.Empty;
        if (expect.Rule is { } rule && answer.Rule != rule)
        {
            mismatches.Add(new Mismatch("rule", $"another rule answered: `{answer.Rule}`", [rule], answer.Rule is null ? [] : [answer.Rule]));
        }

        if (expect.Actions is { } actions && !actions.SequenceEqual(answer.Lines, StringComparer.Ordinal))
        {
            mismatches.Add(new Mismatch("actions", $"other action lines were answered{noAnswer}", actions, answer.Lines));
        }

        var heard = string.Join('\n', answer.Transcript);
        var missing = expect.Hears.Where(part => !heard.Contains(part, StringComparison.Ordinal)).ToImmutableArray();
        if (!missing.IsEmpty)
        {
            var what = missing.Length == 1 ? $"`{missing[0]}` is" : $"{missing.Length} parts are";
            mismatches.Add(new Mismatch("hears", $"{what} not in the transcript{noAnswer}", missing, answer.Transcript));
        }

        if (expect.Transcript is { } transcript && !transcript.SequenceEqual(answer.Transcript, StringComparer.Ordinal))
        {
            mismatches.Add(new Mismatch("transcript", $"the call went otherwise{noAnswer}", transcript, answer.Transcript));
        }

        var failed = answer.Checks.Where(check => check.Verdict == Verdict.Fail).ToImmutableArray();
        if (expect.ChecksPass && !failed.IsEmpty)
        {
            var count = failed.Length == 1 ? "a check of `din call` failed" : $"{failed.Length} checks of `din call` failed";
            mismatches.Add(new Mismatch("checksPass", count, [], [.. failed.Select(check => $"{check.Subject}, {check.Name}: {check.Detail}")]));
        }

        return mismatches.ToImmutable();
    }
}
