using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0040: a <c>playback</c> URL that is not an absolute http or https URL.</summary>
internal sealed class InvalidUrlRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.InvalidUrl,
        "Invalid playback URL",
        DiagnosticSeverity.Error,
        "`playback` fetches its mp3 from the web, so the URL is absolute and uses `http` or `https`, with no blanks and no quotes around it. A relative path, a file path or another scheme cannot be fetched by the cloud.",
        "playback example.com/welcome.mp3",
        "playback https://example.com/welcome.mp3",
        "Write the full URL starting with `https://`; encode blanks as `%20`.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (action.AssumedKind != ActionKind.Playback || action.Url is not { } token)
        {
            return;
        }

        if (token.Kind == TokenKind.Word && context.TryReadPlainUrl(token.Span, out _, out _))
        {
            return;
        }

        var written = context.StringOf(token.Span);
        if (token.Kind == TokenKind.QuotedText)
        {
            var inner = written.Trim('"');
            var fix = PlaybackUrl.TryParse(inner, out _) ? RuleContext.Replace("Remove the quotes", token.Span, inner) : null;
            context.Report(token.Span, $"write the URL without quotes: `{Quote.Shorten(inner)}`", fix);
            return;
        }

        if (PlaybackUrl.TryParse(written, out _))
        {
            return;
        }

        if (!written.Contains("://", StringComparison.Ordinal) && LooksLikeHost(written))
        {
            var absolute = "https://" + written;
            context.Report(token.Span, $"the URL {Quote.Clip(written)} is not absolute; write `{Quote.Shorten(absolute)}`", RuleContext.Replace("Add `https://`", token.Span with { Length = 0 }, "https://"));
        }
        else if (PlaybackUrl.TryCreateAbsolute(written, out var other) && other.Scheme is not ("http" or "https")
            && written.StartsWith(other.Scheme + ":", StringComparison.OrdinalIgnoreCase))
        {
            context.Report(token.Span, $"the URL {Quote.Clip(written)} uses `{other.Scheme}:`; the cloud fetches `http` and `https` URLs only");
        }
        else
        {
            context.Report(token.Span, $"{Quote.Clip(written)} is not a valid absolute http or https URL");
        }
    }

    private static bool LooksLikeHost(string written)
    {
        var slash = written.IndexOf('/', StringComparison.Ordinal);
        var host = slash < 0 ? written : written[..slash];
        return host.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(host) != UriHostNameType.Unknown;
    }
}
