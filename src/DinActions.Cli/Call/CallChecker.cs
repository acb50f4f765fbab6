using DinActions.Cli.Fetching;

namespace DinActions.Cli.Call;

/// <summary>
/// Runs every check of <c>din call</c>: the action URL as the cloud requests it, then each mp3 in
/// parallel, then the one thing it cannot check (credit), then the call through the interpreter.
/// </summary>
internal static class CallChecker
{
    /// <summary>
    /// <see cref="RunAsync"/> within <see cref="CallSettings.RunLimit"/>: null when the limit stopped it. Every step
    /// has its own deadline; the limit only guards their sum, should a step ever overrun.
    /// </summary>
    public static async Task<CallReport?> RunWithinLimitAsync(CallSettings settings, CancellationToken cancellationToken)
    {
        using var runLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        runLimit.CancelAfter(settings.RunLimit);
        try
        {
            return await RunAsync(settings, runLimit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Checks <paramref name="settings"/>' action URL. Each network step ends within <see cref="CallSettings.Timeout"/>.</summary>
    public static async Task<CallReport> RunAsync(CallSettings settings, CancellationToken cancellationToken)
    {
        var request = ActionRequest.For(settings.ActionUrl, settings.Caller, settings.Recipient);
        using var http = new BoundedHttpClient(settings.Timeout);

        var action = await ActionUrlChecks.RunAsync(http, request, settings, cancellationToken).ConfigureAwait(false);
        var checks = action.Checks.ToBuilder();
        if (action.Script is { } script)
        {
            var mp3Checks = await Task.WhenAll(Mp3Checks.UrlsOf(script)
                .Select(url => Mp3Checks.RunAsync(http, url, settings.Timeout, cancellationToken))).ConfigureAwait(false);
            foreach (var mp3 in mp3Checks)
            {
                checks.AddRange(mp3);
            }
        }

        checks.Add(new CheckResult(
            "account",
            "credit",
            Verdict.Skip,
            "cannot be checked locally: the account must have enough credit, or the call fails whatever the action says; see the balance in the provider's dashboard"));

        var call = action.Script is { } valid ? await SimulateAsync(valid, settings, cancellationToken).ConfigureAwait(false) : null;
        return new CallReport(request, ActionRequest.PlusNote(settings.Caller, settings.Recipient), checks.ToImmutable(), action.Diagnostics, call, action.Script);
    }

    private static async Task<SimulatedCall> SimulateAsync(ActionScript script, CallSettings settings, CancellationToken cancellationToken)
    {
        var recording = new RecordingCallChannel();
        var describing = new DescribingCallChannel();
        var outcome = await CallInterpreter.RunAsync(script, recording, settings.Call, cancellationToken).ConfigureAwait(false);
        await CallInterpreter.RunAsync(script, describing, settings.Call, cancellationToken).ConfigureAwait(false);
        return new SimulatedCall(recording.Events, describing.Lines, outcome);
    }
}
