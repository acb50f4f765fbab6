using System.Globalization;
using DinActions.Validation;
using FluentAssertions;

namespace DinActions.Tests.Validation;

/// <summary>
/// DIN0015 remembers its answer for a number, from the second time it checks it, in the
/// <see cref="ValidationOptions"/> it runs with. A remembered answer must give the diagnostics a fresh
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
        var options = new ValidationOptions();
        var asTransfer = $"transfer {number}";
        var asCaller = $"transfer +819012345678 --caller={number}";

        var first = ActionScript.Validate(asTransfer, options);
        options.NumberingPlanAnswers.Count.Should().Be(0, "a number seen once is not remembered");
        var second = ActionScript.Validate(asTransfer, options);
        options.NumberingPlanAnswers.Count.Should().Be(1, "a number seen twice is");
        var again = ActionScript.Validate(asTransfer, options);
        var sharedAsCaller = ActionScript.Validate(asCaller, options);

        options.NumberingPlanAnswers.Count.Should().Be(1, "the caller was remembered, the other transfer number seen once");
        second.Should().Equal(first);
        again.Should().Equal(first);
        again.Should().Equal(ActionScript.Validate(asTransfer, new ValidationOptions()));
        sharedAsCaller.Should().Equal(ActionScript.Validate(asCaller, new ValidationOptions()));
        sharedAsCaller.Where(diagnostic => diagnostic.Code == "DIN0015").Select(diagnostic => diagnostic.Message)
            .Should().Equal(new[] { ReferenceNumberingPlan.MessageFor(number, "caller ID") }.OfType<string>());
    }

    [Fact]
    public void With_copies_share_what_has_been_remembered()
    {
        var options = new ValidationOptions();
        ActionScript.Validate("transfer +8133604200", options);
        ActionScript.Validate("transfer +8133604200", options);

        var copy = options with { Profile = ValidationProfile.Dashboard };

        copy.NumberingPlanAnswers.Should().BeSameAs(options.NumberingPlanAnswers);
        copy.NumberingPlanAnswers.Count.Should().Be(1);
        ActionScript.Validate("transfer +8133604200", copy).Should().ContainSingle(diagnostic => diagnostic.Code == "DIN0015");
    }

    [Fact]
    public void The_memo_stays_within_its_bound()
    {
        var options = new ValidationOptions();
        var memo = options.NumberingPlanAnswers;
        var largest = 0;

        for (var index = 0; index < (NumberingPlanMemo.Capacity * 2) + 100; index++)
        {
            var line = "transfer +8190" + index.ToString("D8", CultureInfo.InvariantCulture);
            var fresh = ActionScript.Validate(line, new ValidationOptions());
            ActionScript.Validate(line, options).Should().Equal(fresh);
            ActionScript.Validate(line, options).Should().Equal(fresh, "the second time, the answer is remembered");
            largest = Math.Max(largest, memo.Count);
        }

        largest.Should().Be(NumberingPlanMemo.Capacity);
        memo.Count.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(NumberingPlanMemo.Capacity);
    }

    [Fact]
    public void The_memo_stays_within_its_bound_and_gives_the_same_answers_from_several_threads()
    {
        var options = new ValidationOptions();
        var memo = options.NumberingPlanAnswers;
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
                    var message = ActionScript.Validate($"transfer {number}", options).SingleOrDefault(diagnostic => diagnostic.Code == "DIN0015")?.Message;
                    if (message != expected)
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }

                var count = memo.Count;
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
