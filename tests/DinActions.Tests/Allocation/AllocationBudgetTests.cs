using DinActions.Baselines;
using DinActions.Binding;
using DinActions.Syntax;
using DinActions.Validation;
using FluentAssertions;
using Xunit.Abstractions;

namespace DinActions.Tests.Allocation;

/// <summary>
/// The allocation budgets of the hot paths (parse, bind, validate, emit, bulk lint), some of them established by
/// the benchmarks (benchmarks/README.md), held as tests so that a change that allocates more fails here, not
/// months later in a profile. Bytes, never times: measured on the calling thread with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> after a warm-up (static parsers, the language catalog, JIT).
/// The budgets leave room for the test build (a Debug build allocates a little more than Release, where the JIT
/// can keep some objects on the stack); the README gives the Release figures.
/// </summary>
public sealed class AllocationBudgetTests(ITestOutputHelper output)
{
    private static readonly ValidationOptions WithoutNumberingPlan = new() { CheckNumberingPlan = false };

    [Theory]
    [InlineData("playback https://media.example.com/audio/welcome.mp3", 392)]
    [InlineData("transfer +81662345678 --caller=+819012345678", 552)]
    [InlineData("say en \"Welcome to DinActions. Please hold while we transfer your call.\"", 422)]
    [InlineData("voicemail say en \"Please leave a message after the tone.\"", 552)]
    public void Parsing_a_typical_line_stays_within_its_budget(string line, int budget)
    {
        BytesPerCall(() => SyntaxTree.Parse(line)).Should().BeLessThanOrEqualTo(budget);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Parsing_allocates_the_same_for_a_long_text_as_for_a_short_one(int length)
    {
        var shortLine = BytesPerCall(() => SyntaxTree.Parse(LineGenerator.SayOfLength(10)), exclude: () => LineGenerator.SayOfLength(10));
        var longLine = LineGenerator.SayOfLength(length);

        BytesPerCall(() => SyntaxTree.Parse(longLine)).Should().BeLessThanOrEqualTo(shortLine + 64, "no token copies the text it covers");
    }

    [Theory]
    [InlineData("transfer +81336042000 --caller=+8190123456789", false, 1_150)]
    [InlineData("transfer +81336042000 --caller=+819012345678", true, 1_150)]
    [InlineData("say en \"Hello, how are you?\"", false, 950)]
    public void Parsing_and_validating_a_typical_line_into_its_script_stays_within_its_budget(string line, bool numberingPlan, int budget)
    {
        // What is counted: the syntax tree, the parse result, and the script (built when asked for, so ask) with
        // the action's strings; validating a valid line adds nothing, the numbering-plan check included. About
        // 920 bytes for either transfer and 780 for say in Release (.NET 10, x64): the budgets leave room for the
        // Debug build and runtime differences, while a rule allocating per line or per token, a copy of the text
        // or a diagnostic list built for nothing fails.
        var options = numberingPlan ? ValidationOptions.Default : WithoutNumberingPlan;
        var result = ActionScript.Parse(line, options);
        result.Diagnostics.Should().BeEmpty();
        result.Script.Should().NotBeNull();

        var perCall = BytesPerCall(() => _ = ActionScript.Parse(line, options).Script);

        output.WriteLine($"{line}: {perCall} bytes per call");
        perCall.Should().BeLessThan(budget);
    }

    [Theory]
    [InlineData("playback https://media.example.com/audio/welcome.mp3")]
    [InlineData("transfer +81662345678 --caller=+819012345678")]
    [InlineData("say en \"Welcome to DinActions. Please hold while we transfer your call.\"")]
    [InlineData("voicemail say en \"Please leave a message after the tone.\"")]
    [InlineData("voicemail playback https://media.example.com/audio/leave-a-message.mp3")]
    public void Validating_a_valid_line_without_the_numbering_plan_allocates_nothing(string line)
    {
        var script = Binder.Bind(SyntaxTree.Parse(line));

        BytesPerCall(() => Validator.Validate(script, WithoutNumberingPlan, numberingPlan: null)).Should().Be(0);
    }

    [Theory]
    [InlineData("transfer +81662345678 --caller=+819012345678")]
    [InlineData("transfer +819012345678")]
    [InlineData("transfer +14155552671 --caller=+81662345678")]
    public void Validating_a_valid_line_whose_numbers_were_checked_before_allocates_nothing(string line)
    {
        // A validator remembers the numbering plan's answers: a log repeats its numbers, and from the second
        // time on, a number's check is a lookup that allocates nothing, as with the numbering plan off.
        var script = Binder.Bind(SyntaxTree.Parse(line));
        var memo = new NumberingPlanMemo();

        BytesPerCall(() => Validator.Validate(script, ValidationOptions.Default, memo)).Should().Be(0);
    }

    [Theory]
    [InlineData("playback https://media.example.com/audio/welcome.mp3")]
    [InlineData("transfer +81662345678 --caller=+819012345678")]
    [InlineData("say en \"Welcome to \\\"DinActions\\\". Please hold while we transfer your call.\"")]
    [InlineData("voicemail say en \"Please leave a message after the tone.\"")]
    [InlineData("say en \"One\"\nvoicemail")]
    public void Emitting_allocates_one_string_and_nothing_else(string text)
    {
        var script = ActionScript.Parse(text, new ValidationOptions { Profile = ValidationProfile.Dashboard }).Script!;

        // A string of n characters takes 22 + 2n bytes, rounded up to 8.
        var oneString = (22 + (2 * text.Length) + 7) / 8 * 8;
        BytesPerCall(() => script.ToText()).Should().Be(oneString);
    }

    [Fact]
    public void Bulk_lint_stays_within_its_budget_per_line()
    {
        var generator = new LineGenerator(seed: 42);
        var lines = Enumerable.Range(0, 1_000).Select(_ => generator.ValidLine()).ToArray();

        var perLine = BytesPerCall(() =>
        {
            foreach (var line in lines)
            {
                ActionScript.Validate(line, WithoutNumberingPlan);
            }
        }, repetitions: 5) / lines.Length;

        perLine.Should().BeLessThanOrEqualTo(1_400);
    }

    /// <summary>
    /// The bytes one call of <paramref name="action"/> allocates on this thread, less those of
    /// <paramref name="exclude"/>: the least of five runs of <paramref name="repetitions"/> calls after a
    /// warm-up, so that a one-off allocation of the runtime's own is not counted.
    /// </summary>
    private static long BytesPerCall(Action action, Action? exclude = null, int repetitions = 200)
    {
        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            action();
        }

        var best = long.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var index = 0; index < repetitions; index++)
            {
                action();
            }

            var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / repetitions;
            if (exclude is not null)
            {
                before = GC.GetAllocatedBytesForCurrentThread();
                for (var index = 0; index < repetitions; index++)
                {
                    exclude();
                }

                bytes -= (GC.GetAllocatedBytesForCurrentThread() - before) / repetitions;
            }

            best = Math.Min(best, bytes);
        }

        return best;
    }
}
