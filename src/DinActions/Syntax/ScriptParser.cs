using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace DinActions.Syntax;

/// <summary>
/// The surface syntax of <c>grammar/actions.ebnf</c> (part A), one <c>static readonly</c> Pidgin parser per
/// production, named like it. The surface grammar is total: every string is a <see cref="Script"/>, so
/// parsing never fails and every problem becomes a diagnostic of a validation rule, with its position,
/// instead of stopping at the first unexpected character.
/// </summary>
internal static class ScriptParser
{
    // bom ::= #xFEFF
    private static readonly Parser<char, char> Bom =
        Char('\uFEFF').Labelled("byte order mark");

    // blank ::= ' ' | #x9
    private static readonly Parser<char, char> Blank =
        Token(IsBlank).Labelled("blank");

    // blanks ::= blank+
    private static readonly Parser<char, Unit> Blanks =
        Blank.SkipAtLeastOnce();

    // line_break ::= #xD #xA | #xA | #xD
    private static readonly Parser<char, LineBreakKind> LineBreak =
        Char('\n').ThenReturn(LineBreakKind.LineFeed)
            .Or(Char('\r').Then(
                Char('\n').Optional(),
                (_, lineFeed) => lineFeed.HasValue ? LineBreakKind.CarriageReturnLineFeed : LineBreakKind.CarriageReturn))
            .Labelled("line break");

    // word ::= word_start word_char*
    private static readonly Parser<char, RawToken> Word =
        Map(
            (start, _, end) => new RawToken(TokenKind.Word, start, end - start, IsTerminated: true),
            CurrentOffset,
            Token(IsWordStart).Then(Token(IsWordChar).SkipMany()),
            CurrentOffset)
        .Labelled("word");

    // option ::= '--' word_char*
    // Try: an option and a word may both start with '-'; a word like `-5` must fall back to `word`.
    private static readonly Parser<char, RawToken> Option =
        Map(
            (start, _, end) => new RawToken(TokenKind.Option, start, end - start, IsTerminated: true),
            CurrentOffset,
            Try(String("--")).Then(Token(IsWordChar).SkipMany()),
            CurrentOffset)
        .Labelled("option");

    // escape ::= '\' [^#xA#xD]?
    private static readonly Parser<char, Unit> Escape =
        Char('\\').Then(Token(c => !IsLineBreak(c)).Optional()).IgnoreResult().Labelled("escape");

    // text_chars ::= [^"\#xA#xD]+
    private static readonly Parser<char, Unit> TextChars =
        Token(IsTextChar).SkipAtLeastOnce().Labelled("text");

    // quoted_text ::= '"' ( text_chars | escape )* '"'?
    private static readonly Parser<char, RawToken> QuotedText =
        Map(
            (start, _, _, closingQuote, end) => new RawToken(TokenKind.QuotedText, start, end - start, closingQuote.HasValue),
            CurrentOffset,
            Char('"'),
            TextChars.Or(Escape).SkipMany(),
            Char('"').Optional(),
            CurrentOffset)
        .Labelled("quoted text");

    // element ::= quoted_text | option | word
    private static readonly Parser<char, RawToken> Element =
        OneOf(QuotedText, Option, Word).Labelled("element");

    // line ::= blanks? ( element blanks? )*
    private static readonly Parser<char, RawLine> Line =
        Map(
            (start, _, tokens, end) => new RawLine(start, end, tokens.ToArray()),
            CurrentOffset,
            Blanks.Optional(),
            Element.Before(Blanks.Optional()).Many(),
            CurrentOffset)
        .Labelled("line");

    // script ::= bom? line ( line_break line )*
    internal static readonly Parser<char, RawScript> Script =
        Map(
            (bom, first, rest) => new RawScript(bom.HasValue, first, rest.ToArray()),
            Bom.Optional(),
            Line,
            LineBreak.Then(Line, (lineBreak, line) => new BrokenLine(lineBreak, line)).Many())
        .Before(End)
        .Labelled("script");

    internal static bool IsBlank(char c) => c is ' ' or '\t';

    internal static bool IsLineBreak(char c) => c is '\n' or '\r';

    // word_char ::= [^ #x9#xA#xD]
    private static bool IsWordChar(char c) => !IsBlank(c) && !IsLineBreak(c);

    // word_start ::= word_char - '"'
    private static bool IsWordStart(char c) => IsWordChar(c) && c != '"';

    private static bool IsTextChar(char c) => c != '"' && c != '\\' && !IsLineBreak(c);
}

/// <summary>A token as the parser finds it: offsets only; lines and columns are added when the tree is built.</summary>
internal readonly record struct RawToken(TokenKind Kind, int Offset, int Length, bool IsTerminated);

/// <summary>A line as the parser finds it, without its line break.</summary>
internal sealed record RawLine(int Start, int End, RawToken[] Tokens);

/// <summary>A line together with the line break that precedes it.</summary>
internal sealed record BrokenLine(LineBreakKind PrecedingBreak, RawLine Line);

/// <summary>The parser's result: the lines of a script in order.</summary>
internal sealed record RawScript(bool HasByteOrderMark, RawLine First, BrokenLine[] Rest);
