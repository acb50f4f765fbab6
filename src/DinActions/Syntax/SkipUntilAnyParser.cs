using System.Buffers;
using Pidgin;

namespace DinActions.Syntax;

/// <summary>
/// Skips characters up to the first of <c>stop</c>, or to the end: the same as Pidgin's
/// <c>Token(c =&gt; !stop.Contains(c)).SkipMany()</c>, which a property test holds it to. Pidgin has no
/// vectorised scan, and its combinator costs a virtual call and a delegate call for every character
/// of a word or a text; this one searches a window at a time with <see cref="SearchValues{T}"/>.
/// </summary>
internal sealed class SkipUntilAnyParser(SearchValues<char> stop) : Parser<char, Unit>
{
    // How many characters one search looks at; a line is usually far shorter.
    private const int Window = 4096;

    public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
    {
        result = Unit.Value;
        while (true)
        {
            var window = state.LookAhead(Window);
            var index = window.IndexOfAny(stop);
            if (index >= 0)
            {
                state.Advance(index);
                return true;
            }

            state.Advance(window.Length);
            if (window.Length < Window)
            {
                return true;
            }
        }
    }
}
