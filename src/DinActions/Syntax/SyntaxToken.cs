
namespace DinActions.Syntax;

/// <summary>The kinds of token a line is made of.</summary>
internal enum TokenKind
{
    /// <summary>A run of characters up to the next blank: an action name, a URL, a number, a language code.</summary>
    Word,

    /// <summary>Text in double quotes, as <c>say</c> takes it; may lack its closing quote.</summary>
    QuotedText,

    /// <summary>A word starting with <c>--</c>, such as <c>--caller=+8190123456789</c>.</summary>
    Option,
}

/// <summary>One token of a line, with where it is.</summary>
/// <param name="Kind">What kind of token this is.</param>
/// <param name="Span">Where the token is; for an argument made of several words (a number with spaces), the whole run.</param>
/// <param name="IsTerminated">For <see cref="TokenKind.QuotedText"/>, whether the closing quote is there; otherwise true.</param>
internal readonly record struct SyntaxToken(TokenKind Kind, SourceSpan Span, bool IsTerminated = true);
