namespace DinActions;

/// <summary><c>transfer NUMBER [--caller=NUMBER]</c>: transfers the call to another number.</summary>
public sealed record TransferAction : DinAction
{
    internal TransferAction(string target, string? caller)
    {
        Target = target;
        Caller = caller;
    }

    /// <summary>The E.164 number the call is transferred to.</summary>
    public string Target { get; }

    /// <summary>
    /// The E.164 caller ID to show to the recipient, or null. Best effort: carriers may replace it.
    /// </summary>
    public string? Caller { get; }
}
