using System.Text;
using System.Text.Json;

namespace DinActions.Cli.Tests.Lsp;

/// <summary>Writes bytes to a server as they are, and reads its framed replies: for messages no client library would send.</summary>
internal sealed class RawChannel(Stream stream)
{
    public async Task Send(string json, CancellationToken cancellation)
    {
        var body = Encoding.UTF8.GetBytes(json);
        await SendBytes([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body], cancellation);
    }

    public async Task SendBytes(byte[] bytes, CancellationToken cancellation)
    {
        await stream.WriteAsync(bytes, cancellation);
        await stream.FlushAsync(cancellation);
    }

    /// <summary>The next message, or null when the stream ends.</summary>
    public async Task<JsonElement?> Receive(CancellationToken cancellation)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, cancellation) == 0)
            {
                return null;
            }

            header.Append((char)one[0]);
        }

        var length = int.Parse(header.ToString().Split("\r\n").Single(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, cancellation);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The reply to request <paramref name="id"/>, skipping notifications; null when the stream ends first.</summary>
    public async Task<JsonElement?> ReplyTo(int id, CancellationToken cancellation)
    {
        while (await Receive(cancellation) is { } message)
        {
            if (message.TryGetProperty("id", out var replyId) && replyId.ValueKind == JsonValueKind.Number && replyId.GetInt32() == id)
            {
                return message;
            }
        }

        return null;
    }
}
