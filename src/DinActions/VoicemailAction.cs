namespace DinActions;

/// <summary><c>voicemail [GREETING]</c>: records the caller's message into the account, after an optional greeting.</summary>
public sealed record VoicemailAction : DinAction
{
    internal VoicemailAction(GreetingAction? greeting) => Greeting = greeting;

    /// <summary>The <c>say</c> or <c>playback</c> played before recording, or null.</summary>
    public GreetingAction? Greeting { get; }
}
