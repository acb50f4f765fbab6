namespace DinActions;

/// <summary><c>playback URL</c>: plays an mp3 file to the caller.</summary>
public sealed record PlaybackAction : GreetingAction
{
    internal PlaybackAction(string url) => Url = url;

    /// <summary>The absolute http or https URL of the mp3 file.</summary>
    public string Url { get; }
}
