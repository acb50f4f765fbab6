using Pidgin;
using static Pidgin.Parser<char>;
using static Pidgin.Parser;

namespace DinActions.Syntax;

/// <summary>
/// The surface syntax of <c>grammar/actions.ebnf</c> (part A), one <c>static readonly</c> Pidgin parser per
/// production, named like it. The surface grammar is total: every string is a <see cref="Script"/>, so
/// parsing never fails and every problem becomes a diagnostic of a validation rule, with its position,
/// instead of stopping at the first unexpected character.
/// </summary>
/// <remarks>
/// The tokens (blanks, words, options, quoted text) are read by token-level parsers (<see cref="BlanksParser"/>,
/// <see cref="Run"/>, <see cref="TokenParser"/>, <see cref="QuotedTextParser"/>) that scan a whole run of characters at once;
/// Pidgin's combinators put the tokens together into lines and the lines into a script. A per-character
/// combinator costs a call, and a failed alternative an expectation, for every character of the input.
/// </remarks>
internal static class ScriptParser
{
    // The characters that end a run; searched with vectorised IndexOfAny instead of one call per character.
    private static readonly System.Buffers.SearchValues<char> WordEnd = System.Buffers.SearchValues.Create(" \t\n\r");
    private static readonly System.Buffers.SearchValues<char> TextEnd = System.Buffers.SearchValues.Create("\"\\\n\r");

    // bom ::= #xFEFF
    private static readonly Parser<char, char> Bom =
        new CharParser('\uFEFF');

    // blanks ::= blank+
    private static readonly Parser<char, Unit> Blanks =
        new BlanksParser();

    // line_break ::= #xD #xA | #xA | #xD
    private static readonly Parser<char, LineBreakKind> LineBreak =
        new LineBreakParser();

    // word ::= word_start word_char*
    private static readonly Parser<char, SyntaxToken> Word =
        new TokenParser(TokenKind.Word, Announcement.Of(IsWordStart));

    // option ::= '--' word_char*
    // The first two characters decide, so a word like `-5` is a word without backtracking.
    private static readonly Parser<char, SyntaxToken> Option =
        new TokenParser(TokenKind.Option, Announcement.Of(c => c == '-', second: '-'));

    // escape ::= '\' [^#xA#xD]?
    private static readonly Parser<char, Unit> Escape =
        new EscapeParser();

    // text_chars ::= [^"\#xA#xD]+
    private static readonly Parser<char, Unit> TextChars =
        new Run(TextEnd);

    // quoted_text ::= '"' ( text_chars | escape )* '"'?
    private static readonly Parser<char, SyntaxToken> QuotedText =
        new QuotedTextParser((Run)TextChars, (EscapeParser)Escape);

    // element ::= quoted_text | option | word
    private static readonly Parser<char, SyntaxToken> Element =
        FirstOf(QuotedText, Option, Word);

    // line ::= blanks? ( element blanks? )*
    private static readonly Parser<char, RawLine> Line =
        Map(
            (start, _, tokens, end) => new RawLine(start, end, tokens),
            CurrentOffset,
            Opt(Blanks),
            ZeroOrMore(Trailed(Element, Blanks)),
            CurrentOffset);

    // script ::= bom? line ( line_break line )*
    internal static readonly Parser<char, RawScript> Script =
        Map(
            (_, first, rest) => new RawScript(first, rest),
            Opt(Bom),
            Line,
            ZeroOrMore(LineBreak.Then(Line, (lineBreak, line) => new BrokenLine(lineBreak, line))))
        .Before(End);

    // blank ::= ' ' | #x9
    internal static bool IsBlank(char c) => c is ' ' or '\t';

    internal static bool IsLineBreak(char c) => c is '\n' or '\r';

    // word_char ::= [^ #x9#xA#xD]
    private static bool IsWordChar(char c) => !IsBlank(c) && !IsLineBreak(c);

    // word_start ::= word_char - '"'
    private static bool IsWordStart(char c) => IsWordChar(c) && c != '"';

    /// <summary>How many characters a scan looks at in one piece.</summary>
    private const int Chunk = 4096;

    /// <summary>Advances over the characters up to the first of <paramref name="stop"/>, or to the end of the input.</summary>
    private static void ScanUntil(ref ParseState<char> state, System.Buffers.SearchValues<char> stop)
    {
        while (true)
        {
            var window = state.LookAhead(Chunk);
            if (window.IsEmpty)
            {
                return;
            }

            var index = window.IndexOfAny(stop);
            if (index >= 0)
            {
                state.Advance(index);
                return;
            }

            state.Advance(window.Length);
        }
    }

    /// <summary>
    /// <c>parser?</c>: like Pidgin's <c>Optional</c>, for a parser that fails without consuming input, but
    /// without building an alternative (and its list of expectations) on every call.
    /// </summary>
    private static Parser<char, Maybe<T>> Opt<T>(Parser<char, T> parser) => new OptionalParser<T>(parser);

    /// <summary>
    /// <c>a | b | c</c> for alternatives that fail without consuming input: the first that succeeds wins.
    /// Pidgin's <c>OneOf</c> does the same, and gathers each failed alternative's expectations in a list of its own.
    /// An alternative that its first characters announce (<see cref="Announced{T}"/>) is chosen or skipped by a
    /// test of its <see cref="Announcement"/>, without a call: a token then costs one call to the parser that
    /// reads it, not a failure for each kind before it.
    /// </summary>
    private static Parser<char, T> FirstOf<T>(params Parser<char, T>[] alternatives) => new FirstOfParser<T>(alternatives);

    /// <summary>
    /// <c>element blanks?</c>: like <c>element.Before(Opt(blanks))</c>, in one call per element instead of
    /// three, since every token of a line goes through it.
    /// </summary>
    private static Parser<char, T> Trailed<T>(Parser<char, T> element, Parser<char, Unit> blanks) =>
        new TrailedParser<T>(element, (BlanksParser)blanks);

    /// <summary>
    /// <c>parser*</c>: like Pidgin's <c>Many</c>, for a parser that fails without consuming input, but
    /// collecting into an array of the exact size and without an alternative on every call.
    /// </summary>
    private static Parser<char, T[]> ZeroOrMore<T>(Parser<char, T> parser) => new ZeroOrMoreParser<T>(parser);

    /// <summary>
    /// A token where the parser finds it. Only the tree knows the line, so the span says line 1 and counts the
    /// column from the start of the text, which is right for the first line; the tree corrects the others.
    /// </summary>
    private static SyntaxToken TokenAt(TokenKind kind, int offset, int length, bool isTerminated) =>
        new(kind, new SourceSpan(offset, length, Line: 1, Column: offset + 1), isTerminated);

    /// <summary>
    /// Fails without consuming, and records where, as Pidgin's own parsers do; but not what was expected.
    /// Every failure in this grammar is taken back by the <c>?</c>, <c>*</c> or choice around it, and the
    /// script as a whole never fails, so an expectation would never be read; recording one costs a pooled
    /// list, rented and returned on every parse.
    /// </summary>
    private static bool Fail<T>(ref ParseState<char> state, out T result)
    {
        state.SetError(state.HasCurrent ? Maybe.Just(state.Current) : Maybe.Nothing<char>(), !state.HasCurrent, state.Location, null);
        result = default!;
        return false;
    }

    private sealed class OptionalParser<T>(Parser<char, T> parser) : Parser<char, Maybe<T>>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Maybe<T> result)
        {
            var count = expecteds.Count;
            var start = state.Location;
            if (parser.TryParse(ref state, ref expecteds, out var value))
            {
                result = Maybe.Just(value);
                return true;
            }

            if (state.Location != start)
            {
                result = default;
                return false;
            }

            // Nothing was missing: forget what the parser expected, as an optional parser does.
            while (expecteds.Count > count)
            {
                expecteds.Pop();
            }

            result = Maybe.Nothing<T>();
            return true;
        }
    }

    private sealed class ZeroOrMoreParser<T>(Parser<char, T> parser) : Parser<char, T[]>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out T[] result)
        {
            var expectedCount = expecteds.Count;
            var start = state.Location;
            if (!parser.TryParse(ref state, ref expecteds, out var first))
            {
                // The usual case for the lines after the only one.
                return Finish(ref state, ref expecteds, expectedCount, start, [], out result);
            }

            // The first items go to a buffer on the stack; a list only for a line of more than four tokens.
            var buffer = default(FirstItems<T>);
            buffer[0] = first;
            var count = 1;
            List<T>? more = null;
            while (true)
            {
                start = state.Location;
                if (!parser.TryParse(ref state, ref expecteds, out var item))
                {
                    var items = new T[count];
                    ((ReadOnlySpan<T>)buffer)[..Math.Min(count, FirstItems<T>.Length)].CopyTo(items);
                    more?.CopyTo(items, FirstItems<T>.Length);
                    return Finish(ref state, ref expecteds, expectedCount, start, items, out result);
                }

                if (count < FirstItems<T>.Length)
                {
                    buffer[count] = item;
                }
                else
                {
                    (more ??= []).Add(item);
                }

                count++;
            }
        }

        private static bool Finish(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, int count, long start, T[] items, out T[] result)
        {
            result = items;
            if (state.Location != start)
            {
                return false;
            }

            while (expecteds.Count > count)
            {
                expecteds.Pop();
            }

            return true;
        }
    }

    private sealed class TrailedParser<T>(Parser<char, T> element, BlanksParser blanks) : Parser<char, T>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out T result)
        {
            if (!element.TryParse(ref state, ref expecteds, out var value))
            {
                result = default!;
                return false;
            }

            result = value;
            // Blanks that are not there leave nothing to take back: they fail without consuming or expecting.
            blanks.TrySkip(ref state);
            return true;
        }
    }

    private sealed class FirstOfParser<T>(Parser<char, T>[] alternatives) : Parser<char, T>
    {
        // Which alternatives are announced, found once rather than by a type test on every call.
        private readonly Announced<T>?[] announced = [.. alternatives.Select(alternative => alternative as Announced<T>)];

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out T result)
        {
            var start = state.Location;
            var head = state.LookAhead(2);
            var first = head.Length > 0 ? head[0] : '\0';
            var second = head.Length > 1 ? head[1] : '\0';
            for (var index = 0; index < alternatives.Length; index++)
            {
                if (announced[index] is { } announcer)
                {
                    // Announced: one test of the characters in front decides, without a call to the alternative.
                    if (head.IsEmpty || !announcer.Announcement.Applies(first, second))
                    {
                        continue;
                    }

                    result = announcer.Read(ref state);
                    return true;
                }

                if (alternatives[index].TryParse(ref state, ref expecteds, out var value))
                {
                    result = value;
                    return true;
                }

                if (state.Location != start)
                {
                    result = default!;
                    return false;
                }
            }

            return Fail(ref state, out result);
        }
    }

    /// <summary>
    /// A parser that its first two characters announce: when its <see cref="Announcement"/> applies, it
    /// succeeds; when it does not, it fails without consuming input.
    /// </summary>
    private abstract class Announced<T>(Announcement announcement) : Parser<char, T>
    {
        /// <summary>The characters that announce the parser.</summary>
        public Announcement Announcement { get; } = announcement;

        public sealed override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out T result)
        {
            var head = state.LookAhead(2);
            if (head.IsEmpty || !Announcement.Applies(head[0], head.Length > 1 ? head[1] : '\0'))
            {
                return Fail(ref state, out result);
            }

            result = Read(ref state);
            return true;
        }

        /// <summary>Reads what the characters in front announce.</summary>
        public abstract T Read(ref ParseState<char> state);
    }

    /// <summary>
    /// A first character from a set, and a given second one after it or any. The set is a bit for each ASCII
    /// character and one for all the others, so that a choice tests it in a few instructions rather than by
    /// asking each alternative through a virtual call.
    /// </summary>
    private readonly struct Announcement
    {
        private readonly UInt128 ascii;
        private readonly bool beyondAscii;
        private readonly char second;

        private Announcement(UInt128 ascii, bool beyondAscii, char second)
        {
            this.ascii = ascii;
            this.beyondAscii = beyondAscii;
            this.second = second;
        }

        /// <summary>
        /// The first characters that <paramref name="isFirst"/> accepts, followed by <paramref name="second"/>, or by
        /// anything when it is <c>'\0'</c>. The predicate must say the same for every character beyond ASCII.
        /// </summary>
        public static Announcement Of(Func<char, bool> isFirst, char second = '\0')
        {
            var ascii = UInt128.Zero;
            for (var c = '\0'; c < 128; c++)
            {
                ascii |= isFirst(c) ? UInt128.One << c : UInt128.Zero;
            }

            var beyondAscii = isFirst((char)128);
            for (var c = 129; c <= char.MaxValue; c++)
            {
                if (isFirst((char)c) != beyondAscii)
                {
                    throw new ArgumentException($"The first characters beyond ASCII differ at U+{c:X4}.", nameof(isFirst));
                }
            }

            return new Announcement(ascii, beyondAscii, second);
        }

        /// <summary>Whether the input starts with these characters (<paramref name="second"/> is <c>'\0'</c> for none).</summary>
        public bool Applies(char first, char second) =>
            (first < 128 ? ((ascii >> first) & UInt128.One) != UInt128.Zero : beyondAscii)
            && (this.second == '\0' || second == this.second);
    }

    /// <summary>One given character; Pidgin's <c>Char</c> records an expectation when it fails (see <see cref="Fail"/>).</summary>
    private sealed class CharParser(char expected) : Parser<char, char>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out char result)
        {
            if (!state.HasCurrent || state.Current != expected)
            {
                return Fail(ref state, out result);
            }

            state.Advance();
            result = expected;
            return true;
        }
    }

    /// <summary><c>\r\n</c>, <c>\n</c> or <c>\r</c>, read at once.</summary>
    private sealed class LineBreakParser : Parser<char, LineBreakKind>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out LineBreakKind result)
        {
            var head = state.LookAhead(2);
            if (head.IsEmpty || !IsLineBreak(head[0]))
            {
                return Fail(ref state, out result);
            }

            result = head[0] == '\n' ? LineBreakKind.LineFeed
                : head.Length > 1 && head[1] == '\n' ? LineBreakKind.CarriageReturnLineFeed
                : LineBreakKind.CarriageReturn;
            state.Advance(result.Length());
            return true;
        }
    }

    /// <summary>One or more characters at once, up to the first of a set.</summary>
    private sealed class Run(System.Buffers.SearchValues<char> end) : Parser<char, Unit>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
        {
            result = Unit.Value;
            return TrySkip(ref state) || Fail(ref state, out result);
        }

        /// <summary>Advances over the run and says whether there was one; without a run, leaves the state as it is.</summary>
        public bool TrySkip(ref ParseState<char> state)
        {
            if (!state.HasCurrent || end.Contains(state.Current))
            {
                return false;
            }

            ScanUntil(ref state, end);
            return true;
        }
    }

    /// <summary>
    /// Blanks, one or more. A run of them is mostly a single space between two tokens: a test of each
    /// character costs less there than setting up a vectorised search.
    /// </summary>
    private sealed class BlanksParser : Parser<char, Unit>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
        {
            result = Unit.Value;
            return TrySkip(ref state) || Fail(ref state, out result);
        }

        /// <summary>Advances over the blanks and says whether there were any; without, leaves the state as it is.</summary>
        public bool TrySkip(ref ParseState<char> state)
        {
            if (!state.HasCurrent || !IsBlank(state.Current))
            {
                return false;
            }

            while (true)
            {
                var window = state.LookAhead(Chunk);
                var count = 0;
                while (count < window.Length && IsBlank(window[count]))
                {
                    count++;
                }

                state.Advance(count);
                if (count < window.Length || window.IsEmpty)
                {
                    return true;
                }
            }
        }
    }

    /// <summary>
    /// A word or an option: a token that its first two characters announce, and that runs to the next blank
    /// or line break.
    /// </summary>
    private sealed class TokenParser(TokenKind kind, Announcement announcement) : Announced<SyntaxToken>(announcement)
    {
        public override SyntaxToken Read(ref ParseState<char> state)
        {
            var offset = (int)state.Location;
            ScanUntil(ref state, WordEnd);
            return TokenAt(kind, offset, (int)state.Location - offset, isTerminated: true);
        }
    }

    /// <summary><c>'\'</c> and the character after it, unless that is a line break or the end.</summary>
    private sealed class EscapeParser : Parser<char, Unit>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
        {
            if (!state.HasCurrent || state.Current != '\\')
            {
                return Fail(ref state, out result);
            }

            Skip(ref state);
            result = Unit.Value;
            return true;
        }

        /// <summary>Advances over the escape that starts here.</summary>
        public void Skip(ref ParseState<char> state)
        {
            state.Advance();
            if (state.HasCurrent && !IsLineBreak(state.Current))
            {
                state.Advance();
            }
        }
    }

    /// <summary>
    /// A quoted text: the opening quote, then runs of <see cref="TextChars"/> and <see cref="Escape"/>s, each
    /// chosen by the character in front, then the closing quote if it is there before the line ends.
    /// </summary>
    private sealed class QuotedTextParser(Run textChars, EscapeParser escape)
        : Announced<SyntaxToken>(Announcement.Of(c => c == '"'))
    {
        public override SyntaxToken Read(ref ParseState<char> state)
        {
            var offset = (int)state.Location;
            state.Advance();
            while (state.HasCurrent)
            {
                var next = state.Current;
                if (next == '\\')
                {
                    escape.Skip(ref state);
                }
                else if (next is '"' or '\n' or '\r')
                {
                    break;
                }
                else
                {
                    textChars.TrySkip(ref state);
                }
            }

            var closed = state.HasCurrent && state.Current == '"';
            if (closed)
            {
                state.Advance();
            }

            return TokenAt(TokenKind.QuotedText, offset, (int)state.Location - offset, closed);
        }
    }
}

/// <summary>Room for the first items of a repetition, kept on the stack.</summary>
[System.Runtime.CompilerServices.InlineArray(Length)]
internal struct FirstItems<T>
{
    public const int Length = 4;

    private T first;
}

/// <summary>A line as the parser finds it, without its line break; a struct, so that it costs no allocation of its own.</summary>
internal readonly record struct RawLine(int Start, int End, SyntaxToken[] Tokens);

/// <summary>A line together with the line break that precedes it.</summary>
internal readonly record struct BrokenLine(LineBreakKind PrecedingBreak, RawLine Line);

/// <summary>The parser's result: the lines of a script in order.</summary>
internal readonly record struct RawScript(RawLine First, BrokenLine[] Rest)
{
    /// <summary>
    /// Whether the text starts with a byte order mark: then, and only then, the first line starts after it. Not a
    /// field of its own, which would make the parse result, allocated for every text, a word larger.
    /// </summary>
    public bool HasByteOrderMark => First.Start > 0;
}
