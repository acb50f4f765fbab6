using System.Collections.Immutable;

namespace DinActions.Syntax;

/// <summary>One physical line of a script: its tokens, and how the line ends.</summary>
internal sealed class LineSyntax
{
    internal LineSyntax(int number, SourceSpan span, LineBreakKind lineBreak, ImmutableArray<SyntaxToken> tokens)
    {
        Number = number;
        Span = span;
        LineBreak = lineBreak;
        Tokens = tokens;
    }

    /// <summary>The one-based line number.</summary>
    public int Number { get; }

    /// <summary>The line's text, without its line break.</summary>
    public SourceSpan Span { get; }

    /// <summary>The line break that ends the line; <see cref="LineBreakKind.None"/> for the last line.</summary>
    public LineBreakKind LineBreak { get; }

    /// <summary>The tokens of the line, in order.</summary>
    public ImmutableArray<SyntaxToken> Tokens { get; }

    /// <summary>Whether the line has no token at all.</summary>
    public bool IsBlank => Tokens.IsEmpty;
}
