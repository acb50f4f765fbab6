using DinActions.Syntax;

namespace DinActions.Binding;

/// <summary>
/// Why a bound action cannot become a value as written: the one decision that the builder reads and that the
/// rules report. The binder works it out once per action; a script is built only when no action has any, and
/// each one has the rule that reports it (<see cref="ValueDefects.CodesOf"/>), which a property test holds.
/// </summary>
[Flags]
internal enum ValueDefect
{
    /// <summary>Nothing keeps the action from being a value.</summary>
    None = 0,

    /// <summary>The name is no action spelt exactly right (DIN0001).</summary>
    UnknownName = 1 << 0,

    /// <summary>A role the signature needs is empty (DIN0002).</summary>
    MissingArgument = 1 << 1,

    /// <summary>An argument fits no role (DIN0003).</summary>
    ExtraArgument = 1 << 2,

    /// <summary>An option other than <c>--caller</c> (DIN0004).</summary>
    UnknownOption = 1 << 3,

    /// <summary><c>--caller</c> on an action other than <c>transfer</c> (DIN0005).</summary>
    OptionNotAllowed = 1 << 4,

    /// <summary>An option given twice (DIN0006).</summary>
    RepeatedOption = 1 << 5,

    /// <summary><c>--caller</c> without <c>=value</c> (DIN0007).</summary>
    OptionWithoutValue = 1 << 6,

    /// <summary>A greeting that is not <c>say</c> or <c>playback</c> (DIN0008).</summary>
    InvalidGreeting = 1 << 7,

    /// <summary>A number written as quoted text or as several words (DIN0011).</summary>
    NumberNotOneWord = 1 << 8,

    /// <summary>A language code in quotes (DIN0020).</summary>
    QuotedLanguage = 1 << 9,

    /// <summary>The text of a <c>say</c> without quotes (DIN0030).</summary>
    TextNotQuoted = 1 << 10,

    /// <summary>The text of a <c>say</c> without its closing quote on the line (DIN0031, or DIN0033 when the next line closes it).</summary>
    UnclosedText = 1 << 11,

    /// <summary>A character no action line can carry (DIN0034).</summary>
    ForbiddenCharacter = 1 << 12,

    /// <summary>A URL in quotes (DIN0040).</summary>
    QuotedUrl = 1 << 13,
}

/// <summary>How the binder finds the defects of an action, and which rules report them.</summary>
internal static class ValueDefects
{
    /// <summary>Whether <paramref name="defects"/> holds <paramref name="defect"/>; unlike <see cref="Enum.HasFlag"/>, never boxes before the JIT optimises the caller.</summary>
    public static bool Has(this ValueDefect defects, ValueDefect defect) => (defects & defect) != 0;

    /// <summary>Every defect, one flag each.</summary>
    public static IReadOnlyList<ValueDefect> All { get; } = [.. Enum.GetValues<ValueDefect>().Where(defect => defect != ValueDefect.None)];

    /// <summary>The codes of the rules that report <paramref name="defect"/>: the rule among them that applies reports it.</summary>
    public static IReadOnlyList<string> CodesOf(ValueDefect defect) => defect switch
    {
        ValueDefect.UnknownName => [DiagnosticCodes.UnknownAction],
        ValueDefect.MissingArgument => [DiagnosticCodes.MissingArgument],
        ValueDefect.ExtraArgument => [DiagnosticCodes.ExtraArgument],
        ValueDefect.UnknownOption => [DiagnosticCodes.UnknownOption],
        ValueDefect.OptionNotAllowed => [DiagnosticCodes.OptionNotAllowed],
        ValueDefect.RepeatedOption => [DiagnosticCodes.DuplicateOption],
        ValueDefect.OptionWithoutValue => [DiagnosticCodes.OptionForm],
        ValueDefect.InvalidGreeting => [DiagnosticCodes.InvalidGreeting],
        ValueDefect.NumberNotOneWord => [DiagnosticCodes.NumberPunctuation],
        ValueDefect.QuotedLanguage => [DiagnosticCodes.UnknownLanguage],
        ValueDefect.TextNotQuoted => [DiagnosticCodes.TextNotQuoted],
        ValueDefect.UnclosedText => [DiagnosticCodes.UnterminatedText, DiagnosticCodes.LineBreakInText],
        ValueDefect.ForbiddenCharacter => [DiagnosticCodes.ControlCharacter],
        ValueDefect.QuotedUrl => [DiagnosticCodes.InvalidUrl],
        _ => throw new ArgumentOutOfRangeException(nameof(defect), defect, "Not a single defect."),
    };

    /// <summary>The defects of <paramref name="action"/> itself; its greeting has its own.</summary>
    public static ValueDefect Of(BoundAction action, string text)
    {
        var defects = ValueDefect.None;
        if (action.Kind is null)
        {
            defects |= ValueDefect.UnknownName;
        }

        var kind = action.AssumedKind;
        var missing = kind switch
        {
            ActionKind.Playback => action.Url is null,
            ActionKind.Transfer => action.Target is null,
            ActionKind.Say => action.Language is null || action.Text is null,
            _ => false,
        };
        if (missing)
        {
            defects |= ValueDefect.MissingArgument;
        }

        if (kind is not null && !action.Extra.IsEmpty)
        {
            defects |= ValueDefect.ExtraArgument;
        }

        defects |= OptionDefects(action, text);
        if (action.IsGreeting && action.Kind is ActionKind.Transfer or ActionKind.Voicemail)
        {
            defects |= ValueDefect.InvalidGreeting;
        }

        if (kind == ActionKind.Transfer && action.Target is { } target && !IsOneWord(target, text))
        {
            defects |= ValueDefect.NumberNotOneWord;
        }

        if (kind == ActionKind.Say && action.Language is { Kind: TokenKind.QuotedText })
        {
            defects |= ValueDefect.QuotedLanguage;
        }

        if (kind == ActionKind.Say && action.Text is { } quoted)
        {
            defects |= quoted.Kind != TokenKind.QuotedText ? ValueDefect.TextNotQuoted
                : !quoted.IsTerminated ? ValueDefect.UnclosedText
                : ValueDefect.None;
        }

        if (kind == ActionKind.Playback && action.Url is { Kind: TokenKind.QuotedText })
        {
            defects |= ValueDefect.QuotedUrl;
        }

        // Between arguments a tab is only a warning (DIN0054); inside the text it would be read, and no line can carry it.
        var span = action.Greeting is { } greeting ? action.Span with { Length = greeting.Span.Offset - action.Span.Offset } : action.Span;
        if (LineCharacters.IndexOfForbidden(text.AsSpan(span.Offset, span.Length), allowTab: true) >= 0
            || (action.Text is { Kind: TokenKind.QuotedText } quotedText && LineCharacters.IndexOfForbidden(text.AsSpan(quotedText.Span.Offset, quotedText.Span.Length)) >= 0))
        {
            defects |= ValueDefect.ForbiddenCharacter;
        }

        return defects;
    }

    private static ValueDefect OptionDefects(BoundAction action, string text)
    {
        var defects = ValueDefect.None;
        for (var index = 0; index < action.Options.Length; index++)
        {
            var option = action.Options[index];
            for (var earlier = 0; earlier < index; earlier++)
            {
                if (action.Options[earlier].Name == option.Name)
                {
                    defects |= ValueDefect.RepeatedOption;
                }
            }

            if (option.Name != BoundOption.CallerName)
            {
                defects |= ValueDefect.UnknownOption;
                continue;
            }

            if (action.AssumedKind is { } kind && kind != ActionKind.Transfer)
            {
                defects |= ValueDefect.OptionNotAllowed;
            }

            if (!option.HasEqualsSign || option.Value is not { Span.Length: > 0 })
            {
                defects |= ValueDefect.OptionWithoutValue;
            }
            else if (!IsOneWord(option.Value.Value, text))
            {
                defects |= ValueDefect.NumberNotOneWord;
            }
        }

        return defects;
    }

    private static bool IsOneWord(SyntaxToken token, string text) =>
        token.Kind == TokenKind.Word && text.AsSpan(token.Span.Offset, token.Span.Length).IndexOfAny(' ', '\t') < 0;
}
