namespace DinActions.Benchmarks;

/// <summary>One typical line of each action, as an action server answers it.</summary>
public static class TypicalLines
{
    /// <summary>The action kinds, as the suites' parameter.</summary>
    public static IEnumerable<string> Kinds => ["playback", "transfer", "say", "voicemail"];

    /// <summary>The typical line of <paramref name="kind"/>.</summary>
    public static string Of(string kind) => kind switch
    {
        "playback" => "playback https://media.example.com/audio/welcome.mp3",
        "transfer" => "transfer +81662345678 --caller=+819012345678",
        "say" => "say en \"Welcome to DinActions. Please hold while we transfer your call.\"",
        "voicemail" => "voicemail say en \"Please leave a message after the tone.\"",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an action."),
    };
}
