namespace DinActions;

/// <summary>
/// One thing that happened on a call, as a <see cref="RecordingCallChannel"/> writes it down: a closed
/// family of immutable records with value equality, so a transcript compares with <c>SequenceEqual</c>.
/// </summary>
public abstract record CallEvent
{
    private protected CallEvent()
    {
    }
}

/// <summary>The call was answered (<see cref="ICallChannel.AnswerAsync"/>).</summary>
/// <param name="Call">Who calls whom.</param>
public sealed record CallAnswered(CallContext Call) : CallEvent;

/// <summary>An mp3 file was played to the caller (<see cref="ICallChannel.PlayAsync"/>).</summary>
/// <param name="Url">The URL of the mp3 file.</param>
public sealed record AudioPlayed(string Url) : CallEvent;

/// <summary>Text was read aloud (<see cref="ICallChannel.SayAsync"/>).</summary>
/// <param name="Language">The TTS language code.</param>
/// <param name="Text">The text, unescaped.</param>
public sealed record TextSpoken(string Language, string Text) : CallEvent;

/// <summary>The call was transferred (<see cref="ICallChannel.TransferAsync"/>).</summary>
/// <param name="Target">The number the call went to.</param>
/// <param name="CallerId">The caller ID asked for, or null.</param>
public sealed record CallTransferred(string Target, string? CallerId) : CallEvent;

/// <summary>The caller's message was recorded, after the greeting if any (<see cref="ICallChannel.RecordVoicemailAsync"/>).</summary>
/// <param name="Greeting">The greeting heard before the recording, or null.</param>
public sealed record VoicemailRecorded(GreetingAction? Greeting) : CallEvent;

/// <summary>The call was hung up (<see cref="ICallChannel.HangUpAsync"/>).</summary>
public sealed record CallHungUp : CallEvent;
