using System.Collections.Immutable;

namespace DinActions;

/// <summary>
/// A channel that carries nothing out and writes down what it was asked to do, in order: the
/// transcript of a call for tests and tools. Safe to read while a call runs on another thread.
/// </summary>
public sealed class RecordingCallChannel : ICallChannel
{
    private readonly Lock gate = new();
    private ImmutableArray<CallEvent> events = [];

    /// <summary>Every event so far, in the order it happened.</summary>
    public ImmutableArray<CallEvent> Events
    {
        get
        {
            lock (gate)
            {
                return events;
            }
        }
    }

    /// <inheritdoc/>
    public Task AnswerAsync(CallContext call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Record(new CallAnswered(call), cancellationToken);
    }

    /// <inheritdoc/>
    public Task PlayAsync(string url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Record(new AudioPlayed(url), cancellationToken);
    }

    /// <inheritdoc/>
    public Task SayAsync(string language, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(text);
        return Record(new TextSpoken(language, text), cancellationToken);
    }

    /// <inheritdoc/>
    public Task TransferAsync(string target, string? callerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Record(new CallTransferred(target, callerId), cancellationToken);
    }

    /// <inheritdoc/>
    public Task RecordVoicemailAsync(GreetingAction? greeting, CancellationToken cancellationToken) =>
        Record(new VoicemailRecorded(greeting), cancellationToken);

    /// <inheritdoc/>
    public Task HangUpAsync(CancellationToken cancellationToken) => Record(new CallHungUp(), cancellationToken);

    private Task Record(CallEvent callEvent, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        lock (gate)
        {
            events = events.Add(callEvent);
        }

        return Task.CompletedTask;
    }
}
