using DinActions.Syntax;

namespace DinActions.Cli.Lsp;

/// <summary>The short documentation of each action and option, shown by hover and completion.</summary>
internal static class ActionHelp
{
    public const string CallerOption = "--caller=";

    public static string Of(ActionKind kind) => kind switch
    {
        ActionKind.Playback => "`playback <url>`: plays the mp3 file at the URL, which the cloud must reach.\n\nExample: `playback https://example.com/welcome.mp3`",
        ActionKind.Transfer => "`transfer <number> [--caller=<number>]`: transfers the call to the E.164 number; `--caller=` sets the caller ID shown (carriers may replace it).\n\nExample: `transfer +81807181881 --caller=+8190123456789`",
        ActionKind.Say => "`say <language> \"<text>\"`: speaks the text, in double quotes, in the TTS language.\n\nExample: `say en \"Hello, how are you?\"`",
        ActionKind.Voicemail => "`voicemail [say ... | playback ...]`: records the caller's message into the account, after an optional greeting that is a `say` or `playback`.\n\nExample: `voicemail say en \"Please leave a message.\"`",
        _ => string.Empty,
    };

    public const string Caller = "`--caller=<number>` (on `transfer`): the caller ID the transferred call shows, an E.164 number; best effort, as carriers may replace it.";

    public static string Language(TtsLanguage language) =>
        $"`{language.Code}`: {language.Name}, {(language.Status == LanguageStatus.Paused ? "**paused** by the provider: a `say` in it may fail" : "supported")}; reads {string.Join(", ", language.Scripts)}.";
}
