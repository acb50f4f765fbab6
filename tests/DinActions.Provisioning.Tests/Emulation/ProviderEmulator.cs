using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DinActions.Provisioning.Tests.Emulation;

/// <summary>
/// The DIN API (seed 000) and Exotel's IncomingPhoneNumbers (seed 004) on Kestrel at 127.0.0.1 on
/// a free port, plus action URLs under <c>/actions/</c>. It records every request (method, path,
/// form, basic credentials) and answers as the providers do: 401 for wrong credentials, 400 with
/// field errors, 404 for an unknown path or <c>din_uid</c>. A test may override the answer of a
/// path with <see cref="Override"/> (HTML pages, odd JSON, delays).
/// </summary>
public sealed class ProviderEmulator : IAsyncDisposable
{
    public const string Sid = "AC-test-sid";
    public const string AuthToken = "xoxzo-secret-token-4711";
    public const string ExotelKey = "exotel-key";
    public const string ExotelToken = "exotel-secret-token-0815";
    public const string ExotelSid = "exotel_sid";

    /// <summary>The available DINs exactly as seed 000 shows them.</summary>
    public const string AvailableJson = """
        [
            {
                "country_code": "81",
                "din": "815012345678",
                "din_uid": "JPafr34rafic76tf",
                "minute_cost": 1,
                "monthly_cost": 650.0,
                "prefix": "50"
            },
            {
                "country_code": "81",
                "din": "81312345678",
                "din_uid": "JPascfdrwersdf12",
                "minute_cost": 10,
                "monthly_cost": 1900.0,
                "prefix": "3"
            }
        ]
        """;

    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedRequest> received = new();
    private readonly ConcurrentDictionary<string, EmulatorResponse> overrides = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> subscriptions = new(StringComparer.Ordinal);

    private ProviderEmulator(WebApplication app) => this.app = app;

    /// <summary>The emulator's root, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<ReceivedRequest> Received => received.ToArray();

    /// <summary>The requests to the APIs (not to action URLs).</summary>
    public IReadOnlyList<ReceivedRequest> ApiRequests => received.Where(request => request.IsApi).ToArray();

    /// <summary>The action served at <c>/actions/good</c>.</summary>
    public const string GoodAction = "say en \"Hello, how are you?\"";

    /// <summary>The action served at <c>/actions/broken</c>: two errors (a misspelt action, a number without <c>+</c>).</summary>
    public const string BrokenAction = "tranfer 81336042000";

    public static async Task<ProviderEmulator> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();

        // Loopback only, port chosen by the system: the tests never reach another address.
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var emulator = new ProviderEmulator(app);
        app.Run(emulator.HandleAsync);
        using var start = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StartAsync(start.Token);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        emulator.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return emulator;
    }

    /// <summary>Answers <paramref name="path"/> (exact, as sent) with <paramref name="response"/> instead of the emulated API.</summary>
    public void Override(string path, EmulatorResponse response) => overrides[path] = response;

    /// <summary>Marks a DIN as subscribed, with an optional action URL.</summary>
    public void AddSubscription(string dinUid, string? actionUrl = null) => subscriptions[dinUid] = actionUrl;

    /// <summary>The action URL now attached to a subscription, as the emulated API stores it.</summary>
    public string? ActionUrlOf(string dinUid) => subscriptions.TryGetValue(dinUid, out var url) ? url : null;

    public Uri Url(string relative) => new(BaseAddress, relative);

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await app.StopAsync(stop.Token);
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await RecordAsync(context.Request);
        received.Enqueue(request);
        var response = overrides.TryGetValue(request.Path, out var scripted) ? scripted : Emulate(request);
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        if (response.BreakBody)
        {
            context.Response.ContentType = response.ContentType;
            context.Response.ContentLength = response.Body.Length + 1000;
            await context.Response.WriteAsync(response.Body, Encoding.UTF8, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);

            // Let the headers and the first bytes reach the client before the connection drops.
            await Task.Delay(TimeSpan.FromMilliseconds(300), context.RequestAborted);
            context.Abort();
            return;
        }

        if (response.Body.Length > 0)
        {
            context.Response.ContentType = response.ContentType;
            await context.Response.WriteAsync(response.Body, Encoding.UTF8, context.RequestAborted);
        }
    }

    private static async Task<ReceivedRequest> RecordAsync(HttpRequest request)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            foreach (var field in await request.ReadFormAsync())
            {
                form[field.Key] = field.Value.ToString();
            }
        }

        string? user = null;
        string? password = null;
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..]));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            user = colon < 0 ? decoded : decoded[..colon];
            password = colon < 0 ? null : decoded[(colon + 1)..];
        }

        return new ReceivedRequest(request.Method, request.Path.Value ?? string.Empty, request.QueryString.Value ?? string.Empty, form, request.ContentType, user, password);
    }

    private EmulatorResponse Emulate(ReceivedRequest request)
    {
        if (request.Path.StartsWith("/actions/", StringComparison.Ordinal))
        {
            return request.Path switch
            {
                "/actions/good" => EmulatorResponse.Text(GoodAction),
                "/actions/broken" => EmulatorResponse.Text(BrokenAction),
                _ => new EmulatorResponse(404, "Not Found", "text/plain"),
            };
        }

        if (request.Path.StartsWith("/v2_beta/", StringComparison.Ordinal))
        {
            return EmulateExotel(request);
        }

        if (request.User != Sid || request.Password != AuthToken)
        {
            return EmulatorResponse.Json(401, """{"detail": "Invalid username/password."}""");
        }

        const string subscriptionsPath = "/voice/dins/subscriptions/";
        switch (request.Method, request.Path)
        {
            case ("GET", "/voice/dins/"):
                return EmulatorResponse.Json(200, Filter(request.Query));
            case ("GET", subscriptionsPath):
                return EmulatorResponse.Json(200, JsonSerializer.Serialize(subscriptions.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new Dictionary<string, string?>
                {
                    ["din_uid"] = pair.Key,
                    ["din"] = "815012345678",
                    ["action_url"] = pair.Value,
                    ["subscribed_on"] = "2025-01-01",
                })));
            case ("POST", subscriptionsPath):
                if (!request.Form.TryGetValue("din_uid", out var dinUid) || dinUid.Length == 0)
                {
                    return EmulatorResponse.Json(400, """{"din_uid": ["This field is required."]}""");
                }

                if (!AvailableJson.Contains($"\"{dinUid}\"", StringComparison.Ordinal))
                {
                    return EmulatorResponse.Json(400, """{"din_uid": ["This DIN is not available."]}""");
                }

                subscriptions[dinUid] = null;
                return EmulatorResponse.Json(201, $$"""{"din_uid": "{{dinUid}}"}""");
        }

        if (request.Path.StartsWith(subscriptionsPath, StringComparison.Ordinal) && request.Path.EndsWith('/'))
        {
            var dinUid = request.Path[subscriptionsPath.Length..^1];
            if (!subscriptions.ContainsKey(dinUid))
            {
                return EmulatorResponse.Json(404, """{"detail": "Not found."}""");
            }

            switch (request.Method)
            {
                case "POST" when request.Form.TryGetValue("action_url", out var actionUrl) && actionUrl.Length > 0:
                    subscriptions[dinUid] = actionUrl;
                    return EmulatorResponse.Json(200, $$"""{"din_uid": "{{dinUid}}", "action_url": {{JsonSerializer.Serialize(actionUrl)}}}""");
                case "POST":
                    return EmulatorResponse.Json(400, """{"action_url": ["This field is required."]}""");
                case "DELETE":
                    subscriptions.TryRemove(dinUid, out _);
                    return new EmulatorResponse(204);
            }
        }

        return EmulatorResponse.Json(404, """{"detail": "Not found."}""");
    }

    private static string Filter(string query)
    {
        using var document = JsonDocument.Parse(AvailableJson);
        var parameters = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        var kept = document.RootElement.EnumerateArray().Where(din =>
            (!parameters.TryGetValue("country", out var country) || (country == "JP" && din.GetProperty("country_code").GetString() == "81"))
            && (!parameters.TryGetValue("prefix", out var prefix) || din.GetProperty("din").GetString()!.StartsWith(prefix.ToString(), StringComparison.Ordinal)));
        return JsonSerializer.Serialize(kept);
    }

    private static EmulatorResponse EmulateExotel(ReceivedRequest request)
    {
        if (request.User != ExotelKey || request.Password != ExotelToken)
        {
            return EmulatorResponse.Json(401, """{"RestException": {"Status": 401, "Message": "Authentication is required to view this page."}}""");
        }

        if (request.Method != "POST" || request.Path != $"/v2_beta/Accounts/{ExotelSid}/IncomingPhoneNumbers")
        {
            return EmulatorResponse.Json(404, """{"RestException": {"Status": 404, "Message": "The requested resource was not found."}}""");
        }

        if (!request.Form.TryGetValue("PhoneNumber", out var phone) || phone.Length == 0)
        {
            return EmulatorResponse.Json(400, """{"RestException": {"Status": 400, "Message": "PhoneNumber is mandatory."}}""");
        }

        // Seed 004's answer, with the fields the request set.
        var body = new Dictionary<string, object?>
        {
            ["sid"] = "9eeafc8ab479a386dc95f854f9d7cd8a",
            ["date_created"] = "2016-11-09 13:48:12",
            ["date_updated"] = "2017-03-30 14:19:02",
            ["account_sid"] = "Exotel",
            ["friendly_name"] = request.Form.GetValueOrDefault("FriendlyName", phone),
            ["phone_number"] = "+91" + phone,
            ["capabilities"] = new Dictionary<string, bool> { ["voice"] = true, ["sms"] = true },
            ["country"] = "IN",
            ["region"] = "WB",
            ["one_time_price"] = "0.000000",
            ["rental_price"] = "499.000000",
            ["incoming_rate"] = "0.000000",
            ["incoming_pulse"] = "60",
            ["currency"] = "INR",
            ["number_type"] = "Landline",
            ["vanity_number"] = false,
            ["voice_url"] = request.Form.GetValueOrDefault("VoiceUrl"),
            ["sms_url"] = request.Form.GetValueOrDefault("SMSUrl"),
            ["uri"] = "/v2_beta/Accounts/Exotel/IncomingPhoneNumbers/9eeafc8ab479a386dc95f854f9d7cd8a",
        };
        return EmulatorResponse.Json(200, JsonSerializer.Serialize(body));
    }
}
