namespace DinActions.Cli.Call;

/// <summary>What <c>din call</c> was asked to do, once the command line is parsed and checked.</summary>
/// <param name="ActionUrl">The absolute http or https action URL, as configured for the DIN.</param>
/// <param name="Caller">The caller ID to send, or null for a hidden number (no <c>caller</c> is sent).</param>
/// <param name="Recipient">The dial-in number to send as <c>recipient</c>.</param>
/// <param name="Timeout">The deadline of each network step.</param>
/// <param name="Profile">How many actions the answer may hold.</param>
/// <param name="Format">How to print the report.</param>
internal sealed record CallSettings(Uri ActionUrl, string? Caller, string Recipient, TimeSpan Timeout, ValidationProfile Profile, CallOutputFormat Format)
{
    /// <summary>
    /// How long the whole run may take: the action URL, then the mp3 files in parallel, with room to spare,
    /// and a few seconds for what a run costs besides its network steps (loading code, the first TLS
    /// handshake), which a short <c>--timeout</c> on a busy machine would otherwise not leave.
    /// </summary>
    public TimeSpan RunLimit => (Timeout * 3) + FixedCosts;

    private static TimeSpan FixedCosts => TimeSpan.FromSeconds(5);

    /// <summary>The call the request describes.</summary>
    public CallContext Call => new(Caller, Recipient);
}

/// <summary>How <c>din call</c> prints its report.</summary>
internal enum CallOutputFormat
{
    /// <summary>A checklist and the call in plain words, for people.</summary>
    Text,

    /// <summary>One JSON document, for tools.</summary>
    Json,
}
