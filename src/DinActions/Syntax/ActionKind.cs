namespace DinActions.Syntax;

/// <summary>The actions of the language.</summary>
internal enum ActionKind
{
    /// <summary><c>playback URL</c>: plays an mp3 file to the caller.</summary>
    Playback,

    /// <summary><c>transfer NUMBER [--caller=NUMBER]</c>: transfers the call to another number.</summary>
    Transfer,

    /// <summary><c>say LANGUAGE "TEXT"</c>: reads text aloud with text-to-speech.</summary>
    Say,

    /// <summary><c>voicemail [GREETING]</c>: records the caller's message, after an optional <c>say</c> or <c>playback</c> greeting.</summary>
    Voicemail,
}

/// <summary>The spelling of each action name.</summary>
internal static class ActionNames
{
    /// <summary>Every action, in the order the documentation lists them.</summary>
    public static IReadOnlyList<ActionKind> All { get; } = [ActionKind.Playback, ActionKind.Transfer, ActionKind.Say, ActionKind.Voicemail];

    /// <summary>The actions a <c>voicemail</c> greeting can be.</summary>
    public static IReadOnlyList<ActionKind> Greetings { get; } = [ActionKind.Say, ActionKind.Playback];

    /// <summary>The name as written in an action line.</summary>
    public static string NameOf(ActionKind kind) => kind switch
    {
        ActionKind.Playback => "playback",
        ActionKind.Transfer => "transfer",
        ActionKind.Say => "say",
        ActionKind.Voicemail => "voicemail",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an action kind."),
    };

    /// <summary>Finds the action spelled exactly <paramref name="name"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out ActionKind kind)
    {
        // A switch on the characters, not a loop over All: every line asks, and enumerating the list
        // through its interface allocates an enumerator each time.
        ActionKind? found = name switch
        {
            "playback" => ActionKind.Playback,
            "transfer" => ActionKind.Transfer,
            "say" => ActionKind.Say,
            "voicemail" => ActionKind.Voicemail,
            _ => null,
        };
        kind = found.GetValueOrDefault();
        return found.HasValue;
    }
}
