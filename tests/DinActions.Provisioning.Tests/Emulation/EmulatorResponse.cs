namespace DinActions.Provisioning.Tests.Emulation;

/// <summary>What the emulator answers: a status, a body and its content type, after an optional delay.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The body, written as UTF-8.</param>
/// <param name="ContentType">The body's content type.</param>
/// <param name="Delay">How long to wait before answering; the wait ends when the client gives up.</param>
/// <param name="BreakBody">Promises more bytes than it sends, then drops the connection mid-body.</param>
public sealed record EmulatorResponse(int Status, string Body = "", string ContentType = "application/json", TimeSpan Delay = default, bool BreakBody = false)
{
    public static EmulatorResponse Json(int status, string body) => new(status, body);

    public static EmulatorResponse Html(int status) =>
        new(status, "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>", "text/html; charset=utf-8");

    public static EmulatorResponse Text(string body) => new(200, body, "text/plain; charset=utf-8");
}
