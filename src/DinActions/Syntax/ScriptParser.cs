using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Pidgin;
using static Pidgin.Parser<char>;

namespace DinActions.Syntax;

/// <summary>
/// The surface syntax of <c>grammar/actions.ebnf</c> (part A) in Pidgin's combinators: one
/// <c>static readonly</c> parser per production, named like it, with the production above it. A production
/// that is a single character class is the predicate <c>Is</c> + its name. The surface grammar is total: every
/// string is a <see cref="Script"/>, so parsing never fails and every problem becomes a diagnostic of a
/// validation rule, with its position, instead of stopping at the first unexpected character.
/// </summary>
/// <remarks>
/// Alternatives are told apart by their first character, so no <c>Try</c> is needed anywhere, and that
/// character, looked at before anything is read (<c>Lookahead</c>, then <c>Then</c> with the alternative it
/// chooses), runs the one alternative that can match: <c>OneOf</c> would try them in turn and pay for each
/// that fails, at every element and at the end of every line. Since no Pidgin error can ever reach a user,
/// the productions carry no <c>Labelled</c> names, and single characters are read with
/// <c>Token(predicate)</c>, which records no expectation when it fails (<c>Char</c> does, and every line
/// ends with failed alternatives). Runs of word and text characters are skipped by
/// <see cref="SkipUntilAnyParser"/>, the vectorised equal of <c>Token(...).SkipMany()</c>.
/// </remarks>
internal static class ScriptParser
{
    // bom ::= #xFEFF
    internal static readonly Parser<char, char> Bom =
        Token(IsBom);

    // Every character but a blank: where a run of blanks ends.
    private static readonly SearchValues<char> NotBlank = SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code).Where(c => !IsBlank(c))]);

    // blanks ::= blank*
    internal static readonly Parser<char, Unit> Blanks =
        new SkipUntilAnyParser(NotBlank);

    private static readonly Parser<char, LineBreakKind> CarriageReturnAndLineFeed =
        Token(IsCarriageReturn).Then(
            Token(IsLineFeed).Optional(),
            static (_, lineFeed) => lineFeed.HasValue ? LineBreakKind.CarriageReturnLineFeed : LineBreakKind.CarriageReturn);

    private static readonly Parser<char, LineBreakKind> LineFeed =
        Token(IsLineFeed).Select(static _ => LineBreakKind.LineFeed);

    // line_break ::= #xD #xA? | #xA
    internal static readonly Parser<char, LineBreakKind> LineBreak =
        ChosenByFirstCharacter(
            IsLineBreakStart,
            static first => first == '\r' ? CarriageReturnAndLineFeed : LineFeed);

    // The characters that end a run of word characters, and of text characters.
    private static readonly SearchValues<char> WordEnd = SearchValues.Create(" \t\n\r");
    private static readonly SearchValues<char> TextEnd = SearchValues.Create("\"\\\n\r");

    // word ::= word_start word_char*
    // The result says whether the element is closed, as for a quoted text: a word always is.
    internal static readonly Parser<char, bool> Word =
        Token(IsWordStart).Then(new SkipUntilAnyParser(WordEnd), static (_, _) => true);

    // text_chars ::= [^"\#xA#xD]*
    internal static readonly Parser<char, Unit> TextChars =
        new SkipUntilAnyParser(TextEnd);

    // escape ::= '\' [^#xA#xD]?
    internal static readonly Parser<char, Unit> Escape =
        Token(IsBackslash).Then(Token(IsNotLineBreak).Optional(), static (_, _) => Unit.Value);

    // quoted_text ::= '"' text_chars ( escape text_chars )* '"'?
    // The result says whether the closing quote is there.
    internal static readonly Parser<char, bool> QuotedText =
        Parser.Map(
            static (_, _, _, closingQuote) => closingQuote.HasValue,
            Token(IsQuote),
            TextChars,
            Escape.Then(TextChars).SkipMany(),
            Token(IsQuote).Optional());

    private static readonly Parser<char, ElementKind> QuotedTextElement =
        QuotedText.Select(static closed => new ElementKind(TokenKind.QuotedText, closed));

    private static readonly Parser<char, ElementKind> WordOrOptionElement =
        Word.MapWithInput(static (input, _) => new ElementKind(input.StartsWith("--") ? TokenKind.Option : TokenKind.Word, true));

    private static readonly Parser<char, ElementKind> WordElement =
        Word.Select(static _ => new ElementKind(TokenKind.Word, true));

    // element ::= word | quoted_text
    // The kind of token is told where the element is: a quote starts a quoted text; a word that starts with `--`
    // is an option (so that no alternative shares a prefix); any other word is a word.
    internal static readonly Parser<char, RawToken> Element =
        Parser.Map(
            static (start, element, end) => new RawToken((int)start, (int)(end - start), element.Kind, element.IsTerminated),
            CurrentOffsetLong,
            ChosenByFirstCharacter(
                IsElementStart,
                static first => first switch
                {
                    '"' => QuotedTextElement,
                    '-' => WordOrOptionElement,
                    _ => WordElement,
                }),
            CurrentOffsetLong);

    // line ::= blanks ( element blanks )*
    internal static readonly Parser<char, RawLine> Line =
        Parser.Map(
            static (start, _, elements, end) => new RawLine((int)start, (int)end, elements),
            CurrentOffsetLong,
            Blanks,
            Element.Before(Blanks).Many(),
            CurrentOffsetLong);

    // script ::= bom? line ( line_break line )*
    internal static readonly Parser<char, ParsedScript> Script =
        Parser.Map(
            static (bom, first, rest) => new ParsedScript(bom.HasValue, LinesOf(first, rest)),
            Bom.Optional(),
            Line,
            LineBreak.Then(Line, static (lineBreak, line) => new BrokenLine(lineBreak, line)).Many())
        .Before(End);

    // blank ::= ' ' | #x9
    internal static bool IsBlank(char c) => c is ' ' or '\t';

    // word_char ::= [^ #x9#xA#xD]
    internal static bool IsWordChar(char c) => c is not (' ' or '\t' or '\n' or '\r');

    // word_start ::= word_char - '"'
    internal static bool IsWordStart(char c) => IsWordChar(c) && c != '"';

    /// <summary>
    /// <c>a | b</c> for alternatives that differ in their first character: that character, looked at and not
    /// consumed, chooses the one alternative to run. <c>OneOf</c> gives the same result, but tries each
    /// alternative in turn, and sets up and pays for every one that fails, on every element of every line.
    /// </summary>
    private static Parser<char, T> ChosenByFirstCharacter<T>(Func<char, bool> startsAnAlternative, Func<char, Parser<char, T>> alternativeFor) =>
        Parser.Lookahead(Token(startsAnAlternative)).Then(alternativeFor);

    private static bool IsElementStart(char c) => IsWordChar(c);

    private static bool IsLineBreakStart(char c) => c is '\n' or '\r';

    private static bool IsBom(char c) => c == '\uFEFF';

    private static bool IsCarriageReturn(char c) => c == '\r';

    private static bool IsLineFeed(char c) => c == '\n';

    private static bool IsNotLineBreak(char c) => c is not ('\n' or '\r');

    private static bool IsBackslash(char c) => c == '\\';

    private static bool IsQuote(char c) => c == '"';

    /// <summary>
    /// The lines with their numbers, and their tokens with their final spans: a token's column counts from the
    /// start of its line, which only the script knows. The first line starts at offset 0, so a byte order mark
    /// counts in its columns as it does in offsets.
    /// </summary>
    private static ImmutableArray<LineSyntax> LinesOf(RawLine first, IEnumerable<BrokenLine> rest)
    {
        var breaks = rest is List<BrokenLine> list ? CollectionsMarshal.AsSpan(list) : [];
        var lines = new LineSyntax[breaks.Length + 1];
        var line = first;
        var lineStart = 0;
        for (var index = 0; index < lines.Length; index++)
        {
            var lineBreak = index < breaks.Length ? breaks[index].PrecedingBreak : LineBreakKind.None;
            var number = index + 1;
            lines[index] = new LineSyntax(
                number,
                new SourceSpan(lineStart, line.End - lineStart, number, 1),
                lineBreak,
                TokensOf(line.Elements, number, lineStart));
            if (index < breaks.Length)
            {
                line = breaks[index].Line;
                lineStart = line.Start;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(lines);
    }

    private static ImmutableArray<SyntaxToken> TokensOf(IEnumerable<RawToken> elements, int line, int lineStart)
    {
        if (elements is not List<RawToken> list)
        {
            return [];
        }

        var raw = CollectionsMarshal.AsSpan(list);
        var tokens = new SyntaxToken[raw.Length];
        for (var index = 0; index < raw.Length; index++)
        {
            var token = raw[index];
            tokens[index] = new SyntaxToken(token.Kind, new SourceSpan(token.Offset, token.Length, line, token.Offset - lineStart + 1), token.IsTerminated);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(tokens);
    }
}

/// <summary>What the parser reads of a script: whether it starts with a byte order mark, and its lines.</summary>
internal readonly record struct ParsedScript(bool HasByteOrderMark, ImmutableArray<LineSyntax> Lines);

/// <summary>An element where the line reads it, before the script gives it its line and column.</summary>
internal readonly record struct RawToken(int Offset, int Length, TokenKind Kind, bool IsTerminated);

/// <summary>What an element is, read where it starts, and whether it is closed, as a quoted text may not be.</summary>
internal readonly record struct ElementKind(TokenKind Kind, bool IsTerminated);

/// <summary>A line as the parser reads it, without its line break: where its text starts after the blanks, and its elements.</summary>
internal readonly record struct RawLine(int Start, int End, IEnumerable<RawToken> Elements);

/// <summary>A line together with the line break that precedes it.</summary>
internal readonly record struct BrokenLine(LineBreakKind PrecedingBreak, RawLine Line);
