using System.Collections.Concurrent;
using System.Text;
using DinActions.Cli.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DinActions.Cli.Tests.Call;

/// <summary>
/// A real Kestrel server on 127.0.0.1 and a port of the system's choosing, playing every kind of action
/// server and media host <c>din call</c> must judge: good, wrong, broken and hostile.
/// </summary>
public sealed class ActionServer : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, (string RawQuery, string? Caller, bool HasCaller)> requests = new();
    private LoopbackServer? server;

    /// <summary>The server's root, such as <c>http://127.0.0.1:40123</c>.</summary>
    public string Root => server?.Root ?? throw new InvalidOperationException("the server has not started");

    /// <summary>The generated MP3 the media routes serve.</summary>
    public byte[] Mp3 { get; } = TestMp3.Create();

    /// <summary>The raw query and the decoded <c>caller</c> of the request made to <c>/echo/{id}</c>.</summary>
    public (string RawQuery, string? Caller, bool HasCaller) RequestTo(string id) => requests[id];

    public async Task InitializeAsync() => server = await LoopbackServer.StartAsync(Map);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private void Map(WebApplication web)
    {
        web.MapGet("/good", (HttpContext context) => Plain($"playback {RootOf(context)}/media/tone.mp3"));
        web.MapGet("/say", () => Plain("say en \"Hello, how are you?\""));
        web.MapGet("/transfer", () => Plain("transfer +81336042000 --caller=+81312345678"));
        web.MapGet("/off-plan", () => Plain("transfer +8133604200"));
        web.MapGet("/voicemail", (HttpContext context) => Plain($"voicemail playback {RootOf(context)}/media/tone.mp3"));
        web.MapGet("/dashboard", () => Plain("say en \"Connecting you.\"\ntransfer +81336042000"));
        web.MapGet("/html", () => Results.Text("say en \"Hello\"", "text/html; charset=utf-8"));
        web.MapGet("/error", () => Results.Text("Traceback (most recent call last):\n  boom", "text/plain", statusCode: 500));
        web.MapGet("/loop-a", () => Results.Redirect("/loop-b"));
        web.MapGet("/loop-b", () => Results.Redirect("/loop-a"));
        web.MapGet("/hop/{n:int}", (int n) => Results.Redirect($"/hop/{n + 1}"));
        web.MapGet("/moved", () => Results.Redirect("/say"));
        web.MapGet("/hang", async (HttpContext context) =>
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        web.MapGet("/endless", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";
            var chunk = Encoding.ASCII.GetBytes(new string('x', 1024));
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        web.MapGet("/trickle", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync("x"u8.ToArray(), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(100, context.RequestAborted);
            }
        });
        web.MapGet("/invalid-utf8", () => Results.Bytes([.. "say en \"caf"u8, 0xE9, .. "\""u8], "text/plain"));
        web.MapGet("/bom", () => Results.Bytes([0xEF, 0xBB, 0xBF, .. "say en \"Hello\""u8], "text/plain; charset=utf-8"));
        web.MapGet("/typo", (HttpContext context) => Plain($"playbak {RootOf(context)}/media/tone.mp3"));
        web.MapGet("/hostile", () => Plain("say en \"\u001b[2J\u001b[31mred\u202Eevil\""));
        web.MapGet("/bidi", () => Plain("say en \"abc\u202Etxt.exe\""));
        web.MapGet("/hostile-error", () => Results.Text("\u001b[2J\u001b]0;pwned\u0007boom\u202Etxt.exe\nmore", "text/plain", statusCode: 500));
        web.MapGet("/html-playback", (HttpContext context) => Plain($"playback {RootOf(context)}/media/page.mp3"));
        web.MapGet("/missing-playback", (HttpContext context) => Plain($"playback {RootOf(context)}/media/gone.mp3"));
        web.MapGet("/no-head-playback", (HttpContext context) => Plain($"playback {RootOf(context)}/media/no-head.mp3"));
        web.MapGet("/hanging-playback", (HttpContext context) => Plain($"playback {RootOf(context)}/media/hang.mp3"));
        web.MapGet("/echo/{id}", (string id, HttpContext context) =>
        {
            requests[id] = (context.Request.QueryString.Value ?? string.Empty, context.Request.Query["caller"].FirstOrDefault(), context.Request.Query.ContainsKey("caller"));
            return Plain("say en \"Hello\"");
        });

        // The README's example: a Django-like action server, with Django's default content type.
        web.MapGet("/din/", (HttpContext context) => Results.Text($"playback {RootOf(context)}/static/welcome.mp3", "text/html; charset=utf-8"));
        web.MapMethods("/static/welcome.mp3", ["GET", "HEAD"], () => Results.Bytes(Mp3, "audio/mpeg", enableRangeProcessing: true));

        // Media: Results.Bytes answers HEAD and byte ranges as a static file server would.
        web.MapMethods("/media/tone.mp3", ["GET", "HEAD"], () => Results.Bytes(Mp3, "audio/mpeg", enableRangeProcessing: true));
        web.MapMethods("/media/page.mp3", ["GET", "HEAD"], () => Results.Text("<!DOCTYPE html><html><body>Not found</body></html>", "text/html"));
        web.MapGet("/media/no-head.mp3", () => Results.Bytes(Mp3, "audio/mpeg", enableRangeProcessing: true));
        web.MapMethods("/media/no-head.mp3", ["HEAD"], () => Results.StatusCode(StatusCodes.Status405MethodNotAllowed));
        web.MapGet("/big-playback", (HttpContext context) => Plain($"playback {RootOf(context)}/media/big.mp3"));
        web.MapMethods("/media/big.mp3", ["GET", "HEAD"], () => Results.Bytes([.. Mp3, .. new byte[1024 * 1024]], "audio/mpeg"));
        web.MapMethods("/media/hang.mp3", ["GET", "HEAD"], async (HttpContext context) =>
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
    }

    private static IResult Plain(string text) => Results.Text(text, "text/plain; charset=utf-8");

    private static string RootOf(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";
}
