using System.Collections.Concurrent;

namespace DinActions.Validation;

/// <summary>
/// The numbering-plan answers of the numbers checked so far, by their text. A log of served actions
/// repeats a handful of numbers (the few a server transfers to, its caller ID), and checking a new
/// number against its country's patterns takes a good part of a microsecond; a remembered answer is
/// found without allocating.
/// </summary>
/// <remarks>
/// <para>
/// A number is remembered the second time it is checked, not the first: in a log of numbers that are
/// each seen once, remembering them all would only keep thousands of objects alive long enough for
/// the garbage collector to copy them, and that costs more than the lookups save. Bounded: when more
/// than <see cref="Capacity"/> answers have been added, all are forgotten, and the numbers in use come
/// back at once. Safe to use from several threads, as a server validating its answers does.
/// </para>
/// <para>
/// Held by an <see cref="ActionValidator"/> for its lifetime, never by options or a static: an answer depends
/// on the number's text alone, so one memo serves every validation of the tool or server that keeps it.
/// </para>
/// </remarks>
internal sealed class NumberingPlanMemo
{
    /// <summary>How many answers are kept, about: threads adding while the memo is cleared may add a few more.</summary>
    public const int Capacity = 4096;

    // Made on first use, so that options which never check a number stay cheap to create.
    private Store? store;

    /// <summary>How many answers the memo holds.</summary>
    public int Count => Volatile.Read(ref store)?.Answers.Count ?? 0;

    /// <summary>The answer for <paramref name="number"/>, <c>+</c> and ASCII digits, the first not 0: remembered, or worked out.</summary>
    public NumberingPlanAnswer AnswerFor(ReadOnlySpan<char> number) =>
        LazyInitializer.EnsureInitialized(ref store, static () => new Store()).AnswerFor(number);

    private sealed class Store
    {
        // The hash codes of numbers checked once, one a slot: a number whose hash is found in its slot has
        // been seen before, most likely, and is remembered. A number mistaken for another is remembered
        // early, and one whose slot was taken is remembered late; neither changes an answer.
        private const int Sightings = 4096;

        private readonly int[] sightings = new int[Sightings];
        private int added;

        // Sized for its bound from the start (and again after each clearing), so that it never grows by copying.
        public ConcurrentDictionary<string, NumberingPlanAnswer> Answers { get; } = new(Environment.ProcessorCount, Capacity, StringComparer.Ordinal);

        public NumberingPlanAnswer AnswerFor(ReadOnlySpan<char> number)
        {
            if (Answers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(number, out var answer))
            {
                return answer;
            }

            answer = NumberingPlan.Check(number);
            var hash = string.GetHashCode(number);
            ref var sighting = ref sightings[hash & (Sightings - 1)];
            if (Volatile.Read(ref sighting) != hash)
            {
                Volatile.Write(ref sighting, hash);
                return answer;
            }

            if (Answers.TryAdd(number.ToString(), answer) && Interlocked.Increment(ref added) > Capacity)
            {
                // The count is reset before the answers are cleared, so that each answer added after the
                // clearing is counted and the memo cannot grow past its bound between two clearings.
                Interlocked.Exchange(ref added, 0);
                Answers.Clear();
            }

            return answer;
        }
    }
}
