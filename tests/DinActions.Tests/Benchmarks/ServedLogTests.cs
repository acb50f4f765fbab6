using DinActions.Baselines;
using FluentAssertions;

namespace DinActions.Tests.Benchmarks;

/// <summary>The served log the tool's throughput is measured on is what its documentation says it is.</summary>
public sealed class ServedLogTests
{
    private const int Lines = 20_000;

    [Fact]
    public void Every_line_is_valid_and_draws_no_diagnostic_numbering_plan_included()
    {
        var log = new ServedLog(seed: 42);

        for (var index = 0; index < Lines; index++)
        {
            var line = log.NextLine();
            ActionScript.Validate(line).Should().BeEmpty("line {0} is `{1}`", index, line);
        }
    }

    [Fact]
    public void About_one_line_in_seven_is_new_and_every_action_is_answered()
    {
        var log = new ServedLog(seed: 42);
        var lines = Enumerable.Range(0, Lines).Select(_ => log.NextLine()).ToArray();

        // Repeats of a fixed answer are not new; a transfer passing on a caller's number almost always is.
        var distinct = lines.Distinct(StringComparer.Ordinal).Count();
        ((double)distinct / Lines).Should().BeInRange(0.12, 0.18);
        lines.Select(line => line.Split(' ')[0]).Distinct().Should().BeEquivalentTo(["playback", "say", "transfer", "voicemail"]);
    }

    [Fact]
    public void The_same_seed_gives_the_same_log_and_another_seed_another()
    {
        string[] Take(int seed)
        {
            var log = new ServedLog(seed);
            return Enumerable.Range(0, 1_000).Select(_ => log.NextLine()).ToArray();
        }

        Take(7).Should().Equal(Take(7));
        Take(7).Should().NotEqual(Take(8));
    }
}
