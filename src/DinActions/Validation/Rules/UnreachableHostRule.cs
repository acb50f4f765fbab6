using System.Net;
using System.Net.Sockets;
using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0042: a <c>playback</c> URL on a host the cloud cannot reach (localhost, private networks).</summary>
internal sealed class UnreachableHostRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.UnreachableHost,
        "Playback host not reachable from the cloud",
        DiagnosticSeverity.Warning,
        "The cloud fetches the mp3 over the internet. `localhost`, private addresses (10.x, 172.16-31.x, 192.168.x), link-local addresses and names like `fileserver` or `nas.local` work on your network only.",
        "playback http://localhost:8080/welcome.mp3",
        "playback https://media.example.com/welcome.mp3",
        "Host the file on a public address.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (action.AssumedKind != ActionKind.Playback || action.Url is not { Kind: TokenKind.Word } token)
        {
            return;
        }

        // A plain URL's host is a name as written (never an address): it is judged without parsing the URL.
        if (context.TryReadPlainUrl(token.Span, out var host, out _) && WhyName(host) is null)
        {
            return;
        }

        if (PlaybackUrl.TryParse(context.StringOf(token.Span), out var url) && Why(url) is { } reason)
        {
            context.Report(token.Span, $"the host `{Quote.Shorten(url.Host)}` {reason}; the cloud cannot fetch from it");
        }
    }

    private static string? Why(Uri url)
    {
        var host = url.IdnHost.TrimEnd('.');
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            return IsPrivate(address) ? "is a loopback, private or link-local address" : null;
        }

        return WhyName(host);
    }

    private static string? WhyName(ReadOnlySpan<char> host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return "is this machine";
        }

        if (!host.Contains('.'))
        {
            return "is a single-label name that only a local network resolves";
        }

        foreach (var suffix in (ReadOnlySpan<string>)[".local", ".internal", ".lan", ".home.arpa", ".corp"])
        {
            if (host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return $"is in `{suffix}`, a name only a local network resolves";
            }
        }

        return null;
    }

    private static bool IsPrivate(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal
                || (address.IsIPv4MappedToIPv6 && IsPrivate(address.MapToIPv4()));
        }

        var bytes = address.GetAddressBytes();
        return bytes[0] == 10
            || (bytes[0] == 172 && bytes[1] is >= 16 and <= 31)
            || (bytes[0] == 192 && bytes[1] == 168)
            || (bytes[0] == 169 && bytes[1] == 254)
            || (bytes[0] == 100 && bytes[1] is >= 64 and <= 127);
    }
}
