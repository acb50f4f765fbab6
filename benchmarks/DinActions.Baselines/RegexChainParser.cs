using System.Text.RegularExpressions;

namespace DinActions.Baselines;

/// <summary>
/// A chain of source-generated regular expressions, the way a user would check the line by hand: one
/// pattern per action, tried in turn, then the checks a pattern cannot say well (the language catalog,
/// the URL's host, escapes).
/// </summary>
public sealed partial class RegexChainParser : ILineParser
{
    /// <summary>The one instance; the parser holds no state.</summary>
    public static RegexChainParser Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "Regex";

    /// <inheritdoc/>
    public LineAction? ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Greeting(line) ?? Transfer(line) ?? Voicemail(line);
    }

    private static LineAction? Greeting(string line) => Playback(line) ?? Say(line);

    private static LineAction? Playback(string line)
    {
        var match = PlaybackPattern().Match(line);
        return match.Success && Lexicon.IsUrl(match.Groups[1].ValueSpan)
            ? new LineAction(ActionKind.Playback, Url: match.Groups[1].Value)
            : null;
    }

    private static LineAction? Transfer(string line)
    {
        var match = TransferPattern().Match(line);
        return match.Success
            ? new LineAction(ActionKind.Transfer, Target: match.Groups[1].Value, Caller: match.Groups[2].Success ? match.Groups[2].Value : null)
            : null;
    }

    private static LineAction? Say(string line)
    {
        var match = SayPattern().Match(line);
        if (!match.Success || Lexicon.FindLanguage(match.Groups[1].ValueSpan) is not { } language)
        {
            return null;
        }

        var text = EscapePattern().Replace(match.Groups[2].Value, "$1");
        return new LineAction(ActionKind.Say, Language: language, Text: text);
    }

    private static LineAction? Voicemail(string line)
    {
        var match = VoicemailPattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        if (!match.Groups[1].Success)
        {
            return new LineAction(ActionKind.Voicemail);
        }

        return Greeting(match.Groups[1].Value) is { } greeting ? new LineAction(ActionKind.Voicemail, Greeting: greeting) : null;
    }

    [GeneratedRegex(@"\Aplayback +(https?://[\x21\x23-\x5B\x5D-\x7E]+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlaybackPattern();

    [GeneratedRegex(@"\Atransfer +(\+[1-9][0-9]{0,14})(?: +--caller=(\+[1-9][0-9]{0,14}))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex TransferPattern();

    [GeneratedRegex(
        @"\Asay +([a-z]+(?:-[A-Za-z0-9]+)*) +""((?:[^""\\\p{Cc}\u2028\u2029\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|\\[""\\])*)""\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex SayPattern();

    [GeneratedRegex(@"\Avoicemail(?: +(\S.*))?\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex VoicemailPattern();

    [GeneratedRegex(@"\\([""\\])", RegexOptions.CultureInvariant)]
    private static partial Regex EscapePattern();
}
