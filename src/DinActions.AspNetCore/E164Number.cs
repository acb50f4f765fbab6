using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace DinActions.AspNetCore;

/// <summary>
/// A telephone number in E.164 form, as the cloud means it: <c>+</c>, a country code and the
/// subscriber number, at most 15 digits in all, such as <c>+8180123456789</c>.
/// </summary>
/// <remarks>
/// Only the shape is checked here (a plus and 1 to 15 ASCII digits); whether the number exists in
/// its country's numbering plan is the validator's business when the number is used in an action.
/// </remarks>
public sealed record E164Number
{
    /// <summary>The most digits E.164 allows after the <c>+</c>.</summary>
    public const int MaxDigits = Syntax.SyntaxFacts.MaxNumberDigits;

    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    private E164Number(string value) => Value = value;

    /// <summary>The number with its leading <c>+</c>, such as <c>+8180123456789</c>.</summary>
    public string Value { get; }

    /// <summary>
    /// Reads a number as it arrives in a query string: with its <c>+</c> (sent percent-encoded as
    /// <c>%2B</c>), with the <c>+</c> sent literally and so decoded as a space, or without any
    /// <c>+</c>, as the provider's number listing writes it.
    /// </summary>
    /// <param name="text">The decoded query value; null when the parameter was absent.</param>
    /// <param name="number">The number, when <paramref name="text"/> holds one.</param>
    /// <returns>True when <paramref name="text"/> is an optional <c>+</c> and 1 to 15 ASCII digits, around blanks.</returns>
    public static bool TryRead(string? text, [NotNullWhen(true)] out E164Number? number)
    {
        number = null;
        if (text is null || text.Length > 64)
        {
            // Longer than any number with generous blanks: refuse before looking at it, so a huge
            // query value costs nothing more than its rejection.
            return false;
        }

        // A literal `+` in a query string decodes to a space, so blanks around the number are the
        // plus sign the cloud sent; trimming them loses nothing.
        var trimmed = text.AsSpan().Trim();
        var digits = trimmed.StartsWith("+", StringComparison.Ordinal) ? trimmed[1..] : trimmed;
        if (digits.IsEmpty || digits.Length > MaxDigits || digits.ContainsAnyExcept(AsciiDigits))
        {
            return false;
        }

        number = new E164Number(string.Concat("+", digits));
        return true;
    }

    /// <summary>The number with its leading <c>+</c>, as <see cref="Value"/>.</summary>
    public override string ToString() => Value;
}
