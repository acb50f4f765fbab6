namespace DinActions;

/// <summary>
/// What a call can do, as the interpreter drives it: the seam between an <see cref="ActionScript"/> and a
/// telephony backend, a <see cref="RecordingCallChannel"/> (tests, transcripts) or a
/// <see cref="DescribingCallChannel"/> (plain words). <see cref="CallInterpreter.RunAsync"/> calls
/// <see cref="AnswerAsync"/> once, then one method per action in order, then <see cref="HangUpAsync"/>
/// unless a transfer or a voicemail took the call over.
/// </summary>
public interface ICallChannel
{
    /// <summary>The call is answered: who calls whom. Called once, before any action.</summary>
    /// <param name="call">The caller (possibly hidden) and the dialled number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task AnswerAsync(CallContext call, CancellationToken cancellationToken);

    /// <summary>Plays the mp3 file at <paramref name="url"/> to the caller (<c>playback</c>).</summary>
    /// <param name="url">The absolute http or https URL of the mp3 file.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task PlayAsync(string url, CancellationToken cancellationToken);

    /// <summary>Reads <paramref name="text"/> aloud with text-to-speech (<c>say</c>).</summary>
    /// <param name="language">The TTS language code, such as <c>en</c>.</param>
    /// <param name="text">The text, unescaped.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task SayAsync(string language, string text, CancellationToken cancellationToken);

    /// <summary>Transfers the call to <paramref name="target"/> (<c>transfer</c>); the script's control of the call ends.</summary>
    /// <param name="target">The E.164 number to transfer to.</param>
    /// <param name="callerId">The E.164 caller ID to show (best effort), or null to leave it to the carrier.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task TransferAsync(string target, string? callerId, CancellationToken cancellationToken);

    /// <summary>Plays the optional greeting, then records the caller's message into the account (<c>voicemail</c>); the script's control of the call ends.</summary>
    /// <param name="greeting">The <c>say</c> or <c>playback</c> heard before the recording, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task RecordVoicemailAsync(GreetingAction? greeting, CancellationToken cancellationToken);

    /// <summary>Ends the call: the script ran out of actions without handing the call over.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task HangUpAsync(CancellationToken cancellationToken);
}
