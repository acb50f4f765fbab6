using FluentAssertions;
using Xunit.Abstractions;

namespace DinActions.Tests;

/// <summary>
/// Allocation budgets for parsing and validating one typical valid line, the hot path of an action
/// server that checks what it answers. Measured on the calling thread with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/>: after a warm-up (static parsers, the language
/// catalog, JIT), the average over <see cref="Calls"/> calls.
/// </summary>
public sealed class AllocationTests(ITestOutputHelper output)
{
    private const int Calls = 100;

    private static readonly ValidationOptions NoNumberingPlan = ValidationOptions.Default with { CheckNumberingPlan = false };

    [Fact]
    public void Parsing_and_validating_a_typical_transfer_line_stays_under_its_allocation_budget()
    {
        // Measured 744 bytes per call in Debug and Release (.NET 10.0, x64, numbering plan off): the syntax
        // tree (tokens, line, action, the --caller option), the parse result, and the built TransferAction
        // with its two strings in a one-action script. Validating a valid line allocates nothing. The budget
        // is about 1.5x the measurement: a real regression (a rule allocating per line or per token, a copy
        // of the text, a diagnostic list built for nothing) fails, while runtime and JIT differences do not.
        const long Budget = 1_150;

        var perCall = AverageAllocation(() => ActionScript.Parse("transfer +81336042000 --caller=+8190123456789", NoNumberingPlan));

        output.WriteLine($"transfer: {perCall} bytes per call");
        perCall.Should().BeLessThan(Budget);
    }

    [Fact]
    public void Parsing_and_validating_a_typical_transfer_line_with_the_numbering_plan_stays_under_the_same_budget()
    {
        // The options remember the numbering plan's answers, and the warm-up has checked both numbers: from
        // then on the check is a lookup that allocates nothing, and the budget without the check holds.
        const long Budget = 1_150;
        var options = new ValidationOptions();

        var perCall = AverageAllocation(() => ActionScript.Parse("transfer +81336042000 --caller=+819012345678", options));

        output.WriteLine($"transfer, numbering plan on: {perCall} bytes per call");
        perCall.Should().BeLessThan(Budget);
    }

    [Fact]
    public void Parsing_and_validating_a_typical_say_line_stays_under_its_allocation_budget()
    {
        // Measured 608 bytes per call in Debug and Release (.NET 10.0, x64): as for transfer, with the language
        // code and the unquoted text as the action's strings. Budget about 1.5x, as above.
        const long Budget = 950;

        var perCall = AverageAllocation(() => ActionScript.Parse("say en \"Hello, how are you?\"", NoNumberingPlan));

        output.WriteLine($"say: {perCall} bytes per call");
        perCall.Should().BeLessThan(Budget);
    }

    private static long AverageAllocation(Func<ParseResult> parse)
    {
        for (var warmUp = 0; warmUp < 20; warmUp++)
        {
            parse().HasErrors.Should().BeFalse();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var errors = 0;
        for (var call = 0; call < Calls; call++)
        {
            // The script is built when asked for: ask, so the action and its strings are counted.
            errors += parse().Script is null ? 1 : 0;
        }

        var after = GC.GetAllocatedBytesForCurrentThread();
        errors.Should().Be(0);
        return (after - before) / Calls;
    }
}
