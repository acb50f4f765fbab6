using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0041: a <c>playback</c> URL whose path does not end in <c>.mp3</c>.</summary>
internal sealed class UrlNotMp3Rule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.UrlNotMp3,
        "Playback URL is not an .mp3",
        DiagnosticSeverity.Warning,
        "The cloud plays mp3 files. A URL need not end in `.mp3` to serve one, so this is a warning: but a `.wav`, a page or a redirect to a player fails the call.",
        "playback https://example.com/welcome.wav",
        "playback https://example.com/welcome.mp3",
        "Serve the audio as mp3 and point at the file itself.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (action.AssumedKind != ActionKind.Playback || action.Url is not { Kind: TokenKind.Word } token)
        {
            return;
        }

        // A plain URL's path is as written, unless a dot segment is last, which cannot end in `.mp3` anyway.
        if (context.TryReadPlainUrl(token.Span, out _, out var path) && path.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (PlaybackUrl.TryParse(context.StringOf(token.Span), out var url)
            && !url.AbsolutePath.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase))
        {
            context.Report(token.Span, $"the URL path {Quote.Clip(url.AbsolutePath)} does not end in `.mp3`; the cloud plays mp3 files only");
        }
    }
}
