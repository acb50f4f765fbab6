namespace DinActions;

/// <summary><c>say LANGUAGE "TEXT"</c>: reads text aloud with text-to-speech.</summary>
public sealed record SayAction : GreetingAction
{
    internal SayAction(string language, string text)
    {
        Language = language;
        Text = text;
    }

    /// <summary>The TTS language code, such as <c>en</c> or <c>ja</c>.</summary>
    public string Language { get; }

    /// <summary>The text to read, unescaped: quotes and backslashes are plain characters here.</summary>
    public string Text { get; }
}
