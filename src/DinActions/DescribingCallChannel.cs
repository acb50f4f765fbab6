using System.Collections.Immutable;

namespace DinActions;

/// <summary>
/// A channel that carries nothing out and says, in plain words, what the caller would hear and what
/// would happen: one sentence per step, in <see cref="Lines"/>. What <c>din call</c> prints as the call.
/// </summary>
public sealed class DescribingCallChannel : ICallChannel
{
    private readonly Lock gate = new();
    private readonly LanguageCatalog languages;
    private ImmutableArray<string> lines = [];

    /// <summary>A describing channel that names TTS languages from <paramref name="languages"/>.</summary>
    /// <param name="languages">The catalog that names language codes; <see cref="LanguageCatalog.Default"/> when null.</param>
    public DescribingCallChannel(LanguageCatalog? languages = null) => this.languages = languages ?? LanguageCatalog.Default;

    /// <summary>The sentences so far, one per step of the call, in order.</summary>
    public ImmutableArray<string> Lines
    {
        get
        {
            lock (gate)
            {
                return lines;
            }
        }
    }

    /// <summary>The sentences, one per line.</summary>
    public override string ToString() => string.Join('\n', Lines);

    /// <inheritdoc/>
    public Task AnswerAsync(CallContext call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var from = call.Caller is null ? "a hidden number" : call.Caller;
        return Write(cancellationToken, $"A call from {from} to {call.Recipient} is answered.");
    }

    /// <inheritdoc/>
    public Task PlayAsync(string url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Write(cancellationToken, Hears(new PlaybackAction(url)));
    }

    /// <inheritdoc/>
    public Task SayAsync(string language, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(text);
        return Write(cancellationToken, Hears(new SayAction(language, text)));
    }

    /// <inheritdoc/>
    public Task TransferAsync(string target, string? callerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var shown = callerId is null
            ? "the caller ID shown is left to the carrier"
            : $"showing the caller ID {callerId} (best effort: carriers may replace it)";
        return Write(cancellationToken, $"The call is transferred to {target}, {shown}; the script's control of the call ends.");
    }

    /// <inheritdoc/>
    public Task RecordVoicemailAsync(GreetingAction? greeting, CancellationToken cancellationToken)
    {
        const string Recording = "The caller's message is recorded into the account's voicemail; the script's control of the call ends.";
        return greeting is null
            ? Write(cancellationToken, Recording)
            : Write(cancellationToken, Hears(greeting), Recording);
    }

    /// <inheritdoc/>
    public Task HangUpAsync(CancellationToken cancellationToken) => Write(cancellationToken, "The call is hung up.");

    private string Hears(GreetingAction heard) => heard switch
    {
        PlaybackAction playback => $"The caller hears the mp3 file at {playback.Url}.",
        SayAction say => $"The caller hears, {LanguageOf(say.Language)}: \"{say.Text}\"",
        _ => throw new InvalidOperationException($"No words for the greeting `{heard.GetType().Name}`."),
    };

    private string LanguageOf(string code) => languages.Find(code) switch
    {
        { Status: LanguageStatus.Paused } paused => $"in {paused.Name} (paused by the provider: it may stay silent)",
        { } known => $"in {known.Name}",
        null => $"in the unknown language `{code}`",
    };

    private Task Write(CancellationToken cancellationToken, params ReadOnlySpan<string> sentences)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        lock (gate)
        {
            lines = lines.AddRange(sentences);
        }

        return Task.CompletedTask;
    }
}
