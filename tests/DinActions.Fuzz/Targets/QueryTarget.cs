using DinActions.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace DinActions.Fuzz.Targets;

/// <summary>
/// The query binding of <c>DinActions.AspNetCore</c> on any query string: a number it reads is E.164 (a
/// plus and at most 15 digits), anonymity and a number exclude each other, and the call prints as one
/// printable line, whatever the caller's telephony cloud or an attacker put in the URL.
/// </summary>
internal static class QueryTarget
{
    public static void Run(byte[] data)
    {
        var query = new QueryCollection(QueryHelpers.ParseQuery(FuzzInput.Text(data)));
        var call = DinCall.FromQuery(query);

        CheckNumber(call.Caller, "caller");
        CheckNumber(call.Recipient, "recipient");
        Invariant.Holds(!(call.IsAnonymous && call.Caller is not null), "an anonymous call has no caller number");
        Invariant.Holds(!(call.HasUnreadableCaller && call.Caller is not null), "an unreadable caller is not also a number");
        var shown = call.ToString();
        Invariant.Holds(!FuzzInput.HasControl(shown), "a call prints as one printable line, for logs");
    }

    private static void CheckNumber(E164Number? number, string what)
    {
        if (number is null)
        {
            return;
        }

        var value = number.Value;
        Invariant.Holds(
            value.Length is >= 2 and <= E164Number.MaxDigits + 1 && value[0] == '+' && value.Skip(1).All(char.IsAsciiDigit),
            $"the {what} `{value}` is a plus and at most {E164Number.MaxDigits} digits");
        Invariant.Holds(E164Number.TryRead(value, out var again) && again.Value == value, $"the {what} reads back as itself");
    }
}
