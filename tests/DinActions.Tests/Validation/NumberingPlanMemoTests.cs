using System.Globalization;
using DinActions.Validation;
using FluentAssertions;

namespace DinActions.Tests.Validation;

/// <summary>
/// DIN0015 remembers its answer for a number, from the second time it checks it, in the
/// <see cref="ActionValidator"/> that runs it. A remembered answer must give the diagnostics a fresh
/// one gives, whatever the line and the role the number has there, and the memo must stay within its
/// bound, from one thread or several.
/// </summary>
public sealed class NumberingPlanMemoTests
{
    public static TheoryData<string> Numbers => new()
    {
        "+81336042000",
        "+8133604200",
        "+999123456789",
        "+812",
        "+14155552671",
        "+1415555267",
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void A_remembered_answer_gives_the_diagnostics_of_a_fresh_one(string number)
    {
        var validator = new ActionValidator();
        var asTransfer = $"transfer {number}";
        var asCaller = $"transfer +819012345678 --caller={number}";

        var first = validator.Validate(asTransfer);
        validator.RememberedNumbers.Should().Be(0, "a number seen once is not remembered");
        var second = validator.Validate(asTransfer);
        validator.RememberedNumbers.Should().Be(1, "a number seen twice is");
        var again = validator.Validate(asTransfer);
        var sharedAsCaller = validator.Validate(asCaller);

        validator.RememberedNumbers.Should().Be(1, "the caller was remembered, the other transfer number seen once");
        second.Should().Equal(first);
        again.Should().Equal(first);
        again.Should().Equal(ActionScript.Validate(asTransfer, new ValidationOptions()));
        sharedAsCaller.Should().Equal(ActionScript.Validate(asCaller, new ValidationOptions()));
        sharedAsCaller.Where(diagnostic => diagnostic.Code == "DIN0015").Select(diagnostic => diagnostic.Message)
            .Should().Equal(new[] { ReferenceNumberingPlan.MessageFor(number, "caller ID") }.OfType<string>());
    }

    [Fact]
    public void Options_remember_nothing_and_two_validators_share_nothing()
    {
        var options = new ValidationOptions();
        var first = new ActionValidator(options);
        var second = new ActionValidator(options);
        first.Validate("transfer +8133604200");
        first.Validate("transfer +8133604200");
        ActionScript.Validate("transfer +8133604200", options);

        first.RememberedNumbers.Should().Be(1);
        second.RememberedNumbers.Should().Be(0);
        second.Validate("transfer +8133604200").Should().ContainSingle(diagnostic => diagnostic.Code == "DIN0015");
    }

    [Fact]
    public void The_memo_stays_within_its_bound()
    {
        var validator = new ActionValidator();
        var largest = 0;

        for (var index = 0; index < (NumberingPlanMemo.Capacity * 2) + 100; index++)
        {
            var line = "transfer +8190" + index.ToString("D8", CultureInfo.InvariantCulture);
            var fresh = ActionScript.Validate(line, new ValidationOptions());
            validator.Validate(line).Should().Equal(fresh);
            validator.Validate(line).Should().Equal(fresh, "the second time, the answer is remembered");
            largest = Math.Max(largest, validator.RememberedNumbers);
        }

        largest.Should().Be(NumberingPlanMemo.Capacity);
        validator.RememberedNumbers.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(NumberingPlanMemo.Capacity);
    }

    [Fact]
    public void The_memo_stays_within_its_bound_and_gives_the_same_answers_from_several_threads()
    {
        var validator = new ActionValidator();
        const int Threads = 4;
        var largest = 0;
        var wrong = 0;

        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, thread =>
        {
            for (var index = 0; index < NumberingPlanMemo.Capacity * 2; index++)
            {
                // Half the numbers are each thread's own, half are shared by all of them.
                var number = index % 2 == 0
                    ? "+8190" + thread.ToString(CultureInfo.InvariantCulture) + index.ToString("D7", CultureInfo.InvariantCulture)
                    : "+8180" + (index % 64).ToString("D8", CultureInfo.InvariantCulture);
                var expected = ReferenceNumberingPlan.MessageFor(number, "transfer number");
                for (var time = 0; time < 2; time++)
                {
                    var message = validator.Validate($"transfer {number}").SingleOrDefault(diagnostic => diagnostic.Code == "DIN0015")?.Message;
                    if (message != expected)
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }

                var count = validator.RememberedNumbers;
                if (count > Volatile.Read(ref largest))
                {
                    Interlocked.Exchange(ref largest, count);
                }
            }
        });

        wrong.Should().Be(0);
        largest.Should().BeLessThanOrEqualTo(NumberingPlanMemo.Capacity + Threads, "threads adding while the memo is cleared may each add one more");
    }
}
