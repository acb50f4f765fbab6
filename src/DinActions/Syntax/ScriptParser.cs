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
/// The tokens (blanks, words, options, quoted text) are read by token-level parsers (<see cref="Run"/>,
/// <see cref="TokenParser"/>, <see cref="QuotedTextParser"/>) that scan a whole run of characters at once;
/// Pidgin's combinators put the tokens together into lines and the lines into a script. A per-character
/// combinator costs a call, and a failed alternative an expectation, for every character of the input.
/// </remarks>
internal static class ScriptParser
{
    // The characters that end a run; searched with vectorised IndexOfAny instead of one call per character.
    private static readonly System.Buffers.SearchValues<char> NotBlank = System.Buffers.SearchValues.Create(" \t");
    private static readonly System.Buffers.SearchValues<char> WordEnd = System.Buffers.SearchValues.Create(" \t\n\r");
    private static readonly System.Buffers.SearchValues<char> TextEnd = System.Buffers.SearchValues.Create("\"\\\n\r");

    // bom ::= #xFEFF
    private static readonly Parser<char, char> Bom =
        new CharParser('\uFEFF');

    // blanks ::= blank+
    private static readonly Parser<char, Unit> Blanks =
        new Run(NotBlank, stopOnMatch: false);

    // line_break ::= #xD #xA | #xA | #xD
    private static readonly Parser<char, LineBreakKind> LineBreak =
        new LineBreakParser();

    // word ::= word_start word_char*
    private static readonly Parser<char, SyntaxToken> Word =
        new TokenParser(TokenKind.Word);

    // option ::= '--' word_char*
    // The first two characters decide, so a word like `-5` is a word without backtracking.
    private static readonly Parser<char, SyntaxToken> Option =
        new TokenParser(TokenKind.Option);

    // escape ::= '\' [^#xA#xD]?
    private static readonly Parser<char, Unit> Escape =
        new EscapeParser();

    // text_chars ::= [^"\#xA#xD]+
    private static readonly Parser<char, Unit> TextChars =
        new Run(TextEnd, stopOnMatch: true);

    // quoted_text ::= '"' ( text_chars | escape )* '"'?
    private static readonly Parser<char, SyntaxToken> QuotedText =
        new QuotedTextParser(TextChars, Escape);

    // element ::= quoted_text | option | word
    private static readonly Parser<char, SyntaxToken> Element =
        FirstOf(QuotedText, Option, Word);

    // line ::= blanks? ( element blanks? )*
    private static readonly Parser<char, RawLine> Line =
        Map(
            (start, _, tokens, end) => new RawLine(start, end, tokens),
            CurrentOffset,
            Opt(Blanks),
            ZeroOrMore(Element.Before(Opt(Blanks))),
            CurrentOffset);

    // script ::= bom? line ( line_break line )*
    internal static readonly Parser<char, RawScript> Script =
        Map(
            (bom, first, rest) => new RawScript(bom.HasValue, first, rest),
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

    /// <summary>Advances over the characters of <paramref name="set"/>.</summary>
    private static void ScanWhile(ref ParseState<char> state, System.Buffers.SearchValues<char> set)
    {
        while (true)
        {
            var window = state.LookAhead(Chunk);
            if (window.IsEmpty)
            {
                return;
            }

            var index = window.IndexOfAnyExcept(set);
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
    /// An alternative that its first characters announce (<see cref="Announced{T}"/>) is skipped without
    /// being tried when they do not: a token then costs one attempt, not a failure for each kind before it.
    /// </summary>
    private static Parser<char, T> FirstOf<T>(params Parser<char, T>[] alternatives) => new FirstOfParser<T>(alternatives);

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
                var alternative = alternatives[index];
                if (announced[index] is { } announcer && (head.IsEmpty || !announcer.Applies(first, second)))
                {
                    continue;
                }

                if (alternative.TryParse(ref state, ref expecteds, out var value))
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
    /// A parser that its first two characters announce: when <see cref="Applies"/> says yes, it succeeds;
    /// when it says no, it fails without consuming input.
    /// </summary>
    private abstract class Announced<T> : Parser<char, T>
    {
        /// <summary>Whether the parser applies to input that starts with these characters (<c>'\0'</c> for none).</summary>
        public abstract bool Applies(char first, char second);
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

    /// <summary>
    /// One or more characters at once: those not in the set when <c>stopOnMatch</c>, those in it otherwise.
    /// </summary>
    private sealed class Run(System.Buffers.SearchValues<char> set, bool stopOnMatch) : Parser<char, Unit>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
        {
            if (!state.HasCurrent || set.Contains(state.Current) == stopOnMatch)
            {
                return Fail(ref state, out result);
            }

            if (stopOnMatch)
            {
                ScanUntil(ref state, set);
            }
            else
            {
                ScanWhile(ref state, set);
            }

            result = Unit.Value;
            return true;
        }
    }

    /// <summary>
    /// A word or an option: a token that its first two characters announce, and that runs to the next blank
    /// or line break.
    /// </summary>
    private sealed class TokenParser(TokenKind kind) : Announced<SyntaxToken>
    {
        public override bool Applies(char first, char second) =>
            kind == TokenKind.Option ? first == '-' && second == '-' : IsWordStart(first);

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out SyntaxToken result)
        {
            var head = state.LookAhead(2);
            if (head.IsEmpty || !Applies(head[0], head.Length > 1 ? head[1] : '\0'))
            {
                return Fail(ref state, out result);
            }

            var offset = (int)state.Location;
            ScanUntil(ref state, WordEnd);
            result = TokenAt(kind, offset, (int)state.Location - offset, isTerminated: true);
            return true;
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

            state.Advance();
            if (state.HasCurrent && !IsLineBreak(state.Current))
            {
                state.Advance();
            }

            result = Unit.Value;
            return true;
        }
    }

    /// <summary>
    /// A quoted text: the opening quote, then runs of <see cref="TextChars"/> and <see cref="Escape"/>s, each
    /// chosen by the character in front, then the closing quote if it is there before the line ends.
    /// </summary>
    private sealed class QuotedTextParser(Parser<char, Unit> textChars, Parser<char, Unit> escape) : Announced<SyntaxToken>
    {
        public override bool Applies(char first, char second) => first == '"';

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out SyntaxToken result)
        {
            if (!state.HasCurrent || state.Current != '"')
            {
                return Fail(ref state, out result);
            }

            var offset = (int)state.Location;
            state.Advance();
            while (state.HasCurrent)
            {
                var next = state.Current;
                if (next == '\\')
                {
                    escape.TryParse(ref state, ref expecteds, out _);
                }
                else if (next is '"' or '\n' or '\r')
                {
                    break;
                }
                else
                {
                    textChars.TryParse(ref state, ref expecteds, out _);
                }
            }

            var closed = state.HasCurrent && state.Current == '"';
            if (closed)
            {
                state.Advance();
            }

            result = TokenAt(TokenKind.QuotedText, offset, (int)state.Location - offset, closed);
            return true;
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
internal readonly record struct RawScript(bool HasByteOrderMark, RawLine First, BrokenLine[] Rest);
