
namespace DinActions.Baselines;

/// <summary>
/// The practical floor: a hand-written parser of one action line over a <see cref="ReadOnlySpan{T}"/>,
/// dispatching on the action word and reading each token with an index. It allocates the AST and its
/// strings and nothing else.
/// </summary>
public sealed class SpanParser : ILineParser
{
    /// <summary>The one instance; the parser holds no state.</summary>
    public static SpanParser Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "Span";

    /// <inheritdoc/>
    public LineAction? ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Action(line, line.AsSpan(), greetingOnly: false);
    }

    private static LineAction? Action(string source, ReadOnlySpan<char> line, bool greetingOnly)
    {
        var nameEnd = line.IndexOf(' ');
        var name = nameEnd < 0 ? line : line[..nameEnd];
        var rest = nameEnd < 0 ? [] : SkipSpaces(line[nameEnd..]);
        if (nameEnd >= 0 && rest.IsEmpty)
        {
            return null; // blanks after the action
        }

        return name switch
        {
            "playback" => Playback(rest),
            "transfer" when !greetingOnly => Transfer(rest),
            "say" => Say(rest),
            "voicemail" when !greetingOnly => rest.IsEmpty
                ? new LineAction(ActionKind.Voicemail)
                : Action(source, rest, greetingOnly: true) is { } greeting ? new LineAction(ActionKind.Voicemail, Greeting: greeting) : null,
            _ => null,
        };
    }

    // playback ::= 'playback' sp url
    private static LineAction? Playback(ReadOnlySpan<char> rest) =>
        rest.IndexOf(' ') < 0 && Lexicon.IsUrl(rest) ? new LineAction(ActionKind.Playback, Url: rest.ToString()) : null;

    // transfer ::= 'transfer' sp number ( sp caller )?
    private static LineAction? Transfer(ReadOnlySpan<char> rest)
    {
        var numberEnd = rest.IndexOf(' ');
        var number = numberEnd < 0 ? rest : rest[..numberEnd];
        if (!Lexicon.IsNumber(number))
        {
            return null;
        }

        if (numberEnd < 0)
        {
            return new LineAction(ActionKind.Transfer, Target: number.ToString());
        }

        // caller ::= '--caller=' number
        var option = SkipSpaces(rest[numberEnd..]);
        if (!option.StartsWith("--caller=", StringComparison.Ordinal) || !Lexicon.IsNumber(option[9..]))
        {
            return null;
        }

        return new LineAction(ActionKind.Transfer, Target: number.ToString(), Caller: option[9..].ToString());
    }

    // say ::= 'say' sp language sp text
    private static LineAction? Say(ReadOnlySpan<char> rest)
    {
        var languageEnd = rest.IndexOf(' ');
        if (languageEnd < 0 || Lexicon.FindLanguage(rest[..languageEnd]) is not { } language)
        {
            return null;
        }

        // text ::= '"' ( text_char | '\"' | '\\' )* '"'
        var text = SkipSpaces(rest[languageEnd..]);
        if (text.Length < 2 || text[0] != '"' || text[^1] != '"' || text[^2] == '\\' && !EndsWithEscapedBackslash(text))
        {
            return null;
        }

        return Lexicon.Unescape(text[1..^1]) is { } unescaped ? new LineAction(ActionKind.Say, Language: language, Text: unescaped) : null;
    }

    // A final `\"` is an escaped quote, not the closing one, unless the backslash is itself escaped.
    private static bool EndsWithEscapedBackslash(ReadOnlySpan<char> text)
    {
        var backslashes = 0;
        for (var index = text.Length - 2; index > 0 && text[index] == '\\'; index--)
        {
            backslashes++;
        }

        return backslashes % 2 == 0;
    }

    private static ReadOnlySpan<char> SkipSpaces(ReadOnlySpan<char> span) => span.TrimStart(' ');
}
