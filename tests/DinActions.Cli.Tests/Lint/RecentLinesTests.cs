using System.Runtime.InteropServices;
using DinActions.Baselines;
using DinActions.Cli.Lint;
using FluentAssertions;

namespace DinActions.Cli.Tests.Lint;

public sealed class RecentLinesTests
{
    private static readonly ValidationOptions Options = new() { CheckNumberingPlan = false };

    [Fact]
    public void Every_answer_is_what_validating_the_line_gives_however_often_it_comes()
    {
        // A log that repeats itself, with mistakes, valid lines, long lines and lines with many diagnostics.
        var generator = new LineGenerator(seed: 17);
        var pool = Enumerable.Range(0, 300).Select(_ => generator.AnyLine())
            .Append("say en \"" + new string('a', RecentLines.MaxLineLength) + "\"")
            .Append("Say jp \"\u202E\u202E\u202E\u202E\u202E\u202E\" extra")
            .ToArray();
        var random = new Random(23);
        var memory = new RecentLines(Options, capacity: 64);

        for (var index = 0; index < 20_000; index++)
        {
            // New strings each time, as a reader gives them: the answer must not depend on the string's identity.
            var line = new string(pool[random.Next(pool.Length)].AsSpan());

            memory.Validate(line, out _).Should().Equal(ActionScript.Validate(line, Options), "line {0} is `{1}`", index, line);
        }
    }

    [Fact]
    public void The_line_comes_back_as_text_and_a_kept_line_as_the_string_kept()
    {
        var memory = new RecentLines(Options);
        var buffer = "xxsay en \"Hello\" extrayy".ToCharArray();
        var line = buffer.AsSpan(2, buffer.Length - 4);

        memory.Validate(line, out var first);
        memory.Validate(line, out var second);
        memory.Validate(line, out var third);

        first.Should().Be("say en \"Hello\" extra");
        second.Should().Be(first);
        third.Should().BeSameAs(second, "a line answered from memory makes no new string");
    }

    [Fact]
    public void A_line_is_kept_when_it_comes_a_second_time_and_answered_from_memory_after_that()
    {
        var memory = new RecentLines(Options);

        var first = memory.Validate("say en \"Hello\" extra", out _);
        memory.Count.Should().Be(0, "a line seen once is not kept: most lines of a log may be unique");
        var second = memory.Validate("say en \"Hello\" extra", out _);
        var third = memory.Validate("say en \"Hello\" extra", out _);

        memory.Count.Should().Be(1);
        second.Should().Equal(first).And.ContainSingle(diagnostic => diagnostic.Code == "DIN0003");
        ImmutableCollectionsMarshal.AsArray(third).Should().BeSameAs(ImmutableCollectionsMarshal.AsArray(second), "the third time is answered from memory");
    }

    [Fact]
    public void Long_lines_and_lines_with_many_diagnostics_are_never_kept()
    {
        var memory = new RecentLines(Options);
        var longLine = "say en \"" + new string('a', RecentLines.MaxLineLength) + "\"";
        var manyProblems = "say en \"" + new string('\u202E', RecentLines.MaxDiagnostics + 1) + "\"";

        for (var time = 0; time < 3; time++)
        {
            memory.Validate(longLine, out _).Should().BeEmpty();
            memory.Validate(manyProblems, out _).Should().HaveCount(RecentLines.MaxDiagnostics + 1);
        }

        memory.Count.Should().Be(0);
    }

    [Fact]
    public void Memory_stays_within_its_capacity_whatever_the_number_of_distinct_lines()
    {
        var memory = new RecentLines(Options, capacity: 100);
        var generator = new LineGenerator(seed: 3);

        for (var index = 0; index < 5_000; index++)
        {
            var line = generator.ValidLine();
            memory.Validate(line, out _);
            memory.Validate(line, out _);
        }

        memory.Capacity.Should().Be(128, "the capacity is rounded up to a power of two");
        memory.Count.Should().BeGreaterThan(64).And.BeLessThanOrEqualTo(memory.Capacity);
    }
}
