using DinActions.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace DinActions.AspNetCore;

/// <summary>
/// An incoming call, as the cloud describes it in the query of its <c>GET</c> to the action URL:
/// <c>?caller=+8180123456789&amp;recipient=+8150123456789</c>. Bind it as a parameter of a minimal
/// API handler or an MVC action, or read it with <see cref="FromRequest"/>.
/// </summary>
/// <remarks>
/// A caller who hides their number arrives with <c>caller</c> absent or empty: that is
/// <see cref="IsAnonymous"/>, not an error. A <c>caller</c> that is present but not a number (a
/// word, a malformed or huge value) leaves <see cref="Caller"/> null with <see cref="IsAnonymous"/>
/// false, so a handler can tell "hidden" from "unreadable" and still answer both.
/// </remarks>
[ModelBinder(typeof(DinCallModelBinder))]
public sealed record DinCall
{
    /// <summary>The query parameter that holds the caller's number.</summary>
    public const string CallerParameter = "caller";

    /// <summary>The query parameter that holds the dialled DIN.</summary>
    public const string RecipientParameter = "recipient";

    // Unreadable values are kept only for log lines, clipped so that a huge query value never
    // travels further than this record.
    private const int ShownLength = 32;

    private readonly string? unreadableCaller;
    private readonly string? unreadableRecipient;

    private DinCall(E164Number? caller, bool isAnonymous, string? unreadableCaller, E164Number? recipient, string? unreadableRecipient)
    {
        Caller = caller;
        IsAnonymous = isAnonymous;
        this.unreadableCaller = unreadableCaller;
        Recipient = recipient;
        this.unreadableRecipient = unreadableRecipient;
    }

    /// <summary>The caller's number; null when the caller is <see cref="IsAnonymous"/> or sent something that is not a number.</summary>
    public E164Number? Caller { get; }

    /// <summary>Whether the caller hid their number: <c>caller</c> was absent, empty or blank.</summary>
    public bool IsAnonymous { get; }

    /// <summary>The DIN that was dialled; null when <c>recipient</c> was absent or not a number.</summary>
    public E164Number? Recipient { get; }

    /// <summary>Whether <c>caller</c> was sent but could not be read as a number.</summary>
    public bool HasUnreadableCaller => unreadableCaller is not null;

    /// <summary>Reads the call from the query of <paramref name="request"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static DinCall FromRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FromQuery(request.Query);
    }

    /// <summary>Reads the call from a parsed query string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public static DinCall FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(Single(query[CallerParameter]), Single(query[RecipientParameter]));
    }

    /// <summary>
    /// Reads the call from decoded query values, for servers that parse the query themselves. A
    /// <c>+</c> decoded as a space, a <c>+</c> sent as <c>%2B</c> and a missing <c>+</c> all read as the same number.
    /// </summary>
    /// <param name="caller">The decoded <c>caller</c> value; null when absent.</param>
    /// <param name="recipient">The decoded <c>recipient</c> value; null when absent.</param>
    public static DinCall Read(string? caller, string? recipient)
    {
        var isAnonymous = string.IsNullOrWhiteSpace(caller);
        E164Number.TryRead(caller, out var callerNumber);
        E164Number.TryRead(recipient, out var recipientNumber);
        return new DinCall(
            callerNumber,
            isAnonymous,
            isAnonymous || callerNumber is not null ? null : Clip(caller!),
            recipientNumber,
            recipientNumber is not null || recipient is null ? null : Clip(recipient));
    }

    /// <summary>Binds the call for a minimal API handler parameter; never fails, whatever the query holds.</summary>
    /// <param name="context">The request's context.</param>
    public static ValueTask<DinCall?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult<DinCall?>(FromRequest(context.Request));
    }

    /// <summary>
    /// One log-friendly line: <c>caller=+8180123456789 recipient=+8150123456789</c>, with
    /// <c>anonymous</c> for a hidden caller and <c>unreadable:"…"</c> (clipped) for a value that is not a number.
    /// </summary>
    public override string ToString()
    {
        var caller = Caller?.Value ?? (IsAnonymous ? "anonymous" : $"unreadable:{unreadableCaller}");
        var recipient = Recipient?.Value ?? (unreadableRecipient is null ? "absent" : $"unreadable:{unreadableRecipient}");
        return $"caller={caller} recipient={recipient}";
    }

    // A repeated parameter (`caller=a&caller=b`) is ambiguous: joining the values makes it
    // unreadable rather than silently picking one.
    private static string? Single(StringValues values) => values.Count switch
    {
        0 => null,
        1 => values[0],
        _ => string.Join(',', values.ToArray()),
    };

    // Quoted and escaped: a query value can neither forge nor break a log line.
    private static string Clip(string value) => PrintableText.LogValue(value, ShownLength);
}
