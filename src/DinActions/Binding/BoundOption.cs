using DinActions.Syntax;


namespace DinActions.Binding;

/// <summary>
/// An option of an action (<c>--caller=+8190123456789</c>), split into its name and value. A value
/// written after a blank (<c>--caller +81...</c>) is kept as <see cref="Value"/> with
/// <see cref="HasEqualsSign"/> false, so the number is still checked while the form is reported.
/// </summary>
/// <param name="Token">The whole option token, from <c>--</c> to its end.</param>
/// <param name="Name">The name after <c>--</c> and before any <c>=</c>.</param>
/// <param name="NameSpan">Where <paramref name="Name"/> is.</param>
/// <param name="HasEqualsSign">Whether the option is written <c>--name=value</c>.</param>
/// <param name="Value">The value: after the <c>=</c>, or the word after the option when written with a blank; null when there is none.</param>
internal sealed record BoundOption(SyntaxToken Token, string Name, SourceSpan NameSpan, bool HasEqualsSign, SyntaxToken? Value)
{
    /// <summary>The only option of the language.</summary>
    public const string CallerName = "caller";

    /// <summary>The span from the option's start to the end of its value, wherever that is.</summary>
    public SourceSpan FullSpan => Value is { } value && value.Span.End > Token.Span.End
        ? Token.Span with { Length = value.Span.End - Token.Span.Offset }
        : Token.Span;
}
