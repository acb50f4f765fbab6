namespace DinActions.Provisioning.Tests.Emulation;

/// <summary>What the emulator answers: a status, a body and its content type, after an optional delay.</summary>
public sealed record EmulatorResponse(int Status, string Body = "", string ContentType = "application/json", TimeSpan Delay = default)
{
    public static EmulatorResponse Json(int status, string body) => new(status, body);

    public static EmulatorResponse Html(int status) =>
        new(status, "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>", "text/html; charset=utf-8");

    public static EmulatorResponse Text(string body) => new(200, body, "text/plain; charset=utf-8");
}
