namespace DinActions;

/// <summary>
/// Runs an <see cref="ActionScript"/> against a call, the way the cloud carries it out:
/// <c>await CallInterpreter.RunAsync(script, channel, new CallContext(caller, recipient), cancellationToken)</c>.
/// </summary>
/// <remarks>
/// The call is answered, then the actions run in order. <c>transfer</c> and <c>voicemail</c> end the
/// script's control of the call: the actions after them never run and are returned in
/// <see cref="CallOutcome.NotRun"/>. A script that runs out of actions without handing the call over
/// hangs up. The interpreter does not validate: a script from <see cref="ActionScript.Parse"/> with no
/// error, or one built with <see cref="DinAction"/>'s builders, is already valid.
/// </remarks>
public static class CallInterpreter
{
    /// <summary>Runs <paramref name="script"/> on <paramref name="channel"/> for the call <paramref name="call"/>.</summary>
    /// <param name="script">The actions to carry out.</param>
    /// <param name="channel">What carries them out: a telephony backend, a recording or a describing channel.</param>
    /// <param name="call">Who calls whom.</param>
    /// <param name="cancellationToken">Cancels the call; checked before every step.</param>
    /// <returns>How the script's control of the call ended, and which actions never ran.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<CallOutcome> RunAsync(ActionScript script, ICallChannel channel, CallContext call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(call);

        cancellationToken.ThrowIfCancellationRequested();
        await channel.AnswerAsync(call, cancellationToken).ConfigureAwait(false);

        var actions = script.Actions;
        for (var index = 0; index < actions.Length; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await RunActionAsync(actions[index], channel, cancellationToken).ConfigureAwait(false) is { } handedOver)
            {
                return new CallOutcome(handedOver, actions[(index + 1)..]);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        await channel.HangUpAsync(cancellationToken).ConfigureAwait(false);
        return new CallOutcome(CallEnding.HungUp, []);
    }

    // Returns how the call was handed over, or null when the script keeps control of the call.
    private static async Task<CallEnding?> RunActionAsync(DinAction action, ICallChannel channel, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case PlaybackAction playback:
                await channel.PlayAsync(playback.Url, cancellationToken).ConfigureAwait(false);
                return null;
            case SayAction say:
                await channel.SayAsync(say.Language, say.Text, cancellationToken).ConfigureAwait(false);
                return null;
            case TransferAction transfer:
                await channel.TransferAsync(transfer.Target, transfer.Caller, cancellationToken).ConfigureAwait(false);
                return CallEnding.Transferred;
            case VoicemailAction voicemail:
                await channel.RecordVoicemailAsync(voicemail.Greeting, cancellationToken).ConfigureAwait(false);
                return CallEnding.Voicemail;
            default:
                // The action family is closed; a new action without a case here is a programmer error.
                throw new InvalidOperationException($"The interpreter does not know the action `{action.GetType().Name}`.");
        }
    }
}
