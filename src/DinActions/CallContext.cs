namespace DinActions;

/// <summary>
/// One incoming call, as the cloud describes it to the action server: <c>caller</c> and <c>recipient</c>
/// of <c>GET action_url?caller=...&amp;recipient=...</c>.
/// </summary>
public sealed record CallContext
{
    /// <summary>A call from <paramref name="caller"/> to the dial-in number <paramref name="recipient"/>.</summary>
    /// <param name="caller">The caller ID, such as <c>+8180123456789</c>, or null (or empty) when the caller hides the number.</param>
    /// <param name="recipient">The dial-in number that was called, such as <c>+8150123456789</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recipient"/> is null.</exception>
    public CallContext(string? caller, string recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        Caller = string.IsNullOrEmpty(caller) ? null : caller;
        Recipient = recipient;
    }

    /// <summary>The caller ID, or null when the caller hides the number.</summary>
    public string? Caller { get; }

    /// <summary>The dial-in number that was called.</summary>
    public string Recipient { get; }

    /// <summary>Whether the caller hides the number: the cloud then sends no <c>caller</c>.</summary>
    public bool IsAnonymous => Caller is null;

    /// <summary>A call from a hidden number to <paramref name="recipient"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="recipient"/> is null.</exception>
    public static CallContext Anonymous(string recipient) => new(null, recipient);
}
