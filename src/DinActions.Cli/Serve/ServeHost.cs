using System.Diagnostics;
using DinActions.AspNetCore;
using DinActions.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace DinActions.Cli.Serve;

/// <summary>
/// The web application behind <c>din serve</c>: Kestrel and one request handler that answers every path with the
/// current version of the file, the health check at its path, and a clear HTTP error, logged, for a request the
/// cloud would never send.
/// </summary>
internal static class ServeHost
{
    /// <summary>The category of ASP.NET Core hosting's per-request log, off in <c>din serve</c>.</summary>
    public const string HostingRequests = "Microsoft.AspNetCore.Hosting.Diagnostics";

    private const string PlainText = "text/plain; charset=utf-8";

    public static WebApplication Build(ServedFile served, ServeSettings settings, ServeLog log, ServeMetrics metrics, TimeProvider time)
    {
        // The empty builder reads no appsettings.json, environment or command line: what is served
        // depends on the file and the options given, never on the folder it runs in.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls(settings.Urls);
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = settings.ShutdownTimeout);
        builder.Logging.AddProvider(new WriterLoggerProvider(log, metrics));
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

        // Hosting's request logger writes nothing at Warning and up (a request's start and end are Information), but
        // while it is on at any level every request builds a trace activity and a log scope that nothing here reads.
        // Tracing through a diagnostic listener (dotnet-trace) or an activity listener still gets its activities.
        builder.Logging.AddFilter(HostingRequests, LogLevel.None);

        // Kestrel refuses a request line or headers over its limits before any handler runs, and says so only at Debug.
        builder.Logging.AddFilter(WriterLoggerProvider.KestrelBadRequests, LogLevel.Debug);

        var app = builder.Build();
        var handler = new RequestHandler(served, settings, log, metrics, time);
        app.Run(handler.HandleAsync);
        return app;
    }

    private sealed class RequestHandler(ServedFile served, ServeSettings settings, ServeLog log, ServeMetrics metrics, TimeProvider time)
    {
        public Task HandleAsync(HttpContext context)
        {
            var started = Stopwatch.GetTimestamp();
            var request = context.Request;
            var isHead = HttpMethods.IsHead(request.Method);
            var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? $"{request.Path}{request.QueryString}";
            if (!isHead && !HttpMethods.IsGet(request.Method))
            {
                context.Response.Headers.Allow = "GET, HEAD";
                return RefuseAsync(context, target, StatusCodes.Status405MethodNotAllowed, "method", "only GET and HEAD are answered; the cloud asks for an action with GET");
            }

            if (HasDotSegment(target))
            {
                return RefuseAsync(context, target, StatusCodes.Status400BadRequest, "path", "a path with a `.` or `..` segment is refused");
            }

            if (string.Equals(request.Path.Value, settings.HealthPath, StringComparison.Ordinal))
            {
                return HealthAsync(context, isHead);
            }

            var query = request.Query;
            var callers = query[DinCall.CallerParameter];
            var recipients = query[DinCall.RecipientParameter];
            if (Repeated(callers, recipients) is { } repeated)
            {
                return RefuseAsync(context, target, StatusCodes.Status400BadRequest, "repeated-parameter", $"`{repeated}` is given more than once; the cloud sends it once");
            }

            if (recipients.Count == 0 || string.IsNullOrWhiteSpace(recipients[0]))
            {
                return RefuseAsync(context, target, StatusCodes.Status400BadRequest, "no-recipient", "`recipient` is missing; the cloud asks with ?caller=...&recipient=... (the dialled number)");
            }

            var caller = callers.Count == 0 ? null : callers[0];
            var call = DinCall.Read(caller, recipients[0]);
            if (call.Recipient is not { } recipient)
            {
                return RefuseAsync(context, target, StatusCodes.Status400BadRequest, "bad-recipient", "`recipient` is not a phone number");
            }

            var file = served.Current;
            var answer = file.Plan.Choose(call, time.GetUtcNow());
            var servedAnswer = file.AnswerOf(answer.Script);
            var body = servedAnswer.Body;
            var response = context.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = DinActionResult.ContentType;
            response.ContentLength = body.Length;
            var shownCaller = call.Caller?.Value ?? (call.IsAnonymous ? "anonymous" : $"unreadable:{PrintableText.LogValue(caller, 32)}");
            log.Answered(shownCaller, recipient.Value, answer.Rule, servedAnswer);
            metrics.Answered(answer.Rule, ServeMetrics.Since(started));
            return isHead ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
        }

        private static string? Repeated(StringValues callers, StringValues recipients) =>
            callers.Count > 1 ? DinCall.CallerParameter : recipients.Count > 1 ? DinCall.RecipientParameter : null;

        /// <summary>
        /// Whether the request's path, as sent, has a <c>.</c> or <c>..</c> segment, plain or percent-encoded. Kestrel
        /// removes them before a handler sees the path, so the raw target is read: such a path is a probe, not the cloud.
        /// </summary>
        internal static bool HasDotSegment(string target)
        {
            var end = target.IndexOf('?', StringComparison.Ordinal);
            var path = end < 0 ? target : target[..end];

            // The cloud's path has neither: only a probe pays for splitting it.
            if (!path.Contains('.', StringComparison.Ordinal) && !path.Contains('%', StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var segment in path.Split('/'))
            {
                var plain = segment.Replace("%2e", ".", StringComparison.OrdinalIgnoreCase);
                if (plain is "." or "..")
                {
                    return true;
                }
            }

            return false;
        }

        private Task HealthAsync(HttpContext context, bool isHead)
        {
            var file = served.Current;
            var refused = served.RefusedAt;
            var report = new HealthReport("serving", settings.Path, ServeLog.Stamp(file.LoadedAt), refused is { } at ? ServeLog.Stamp(at) : null);
            var body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(report, ServeJson.Readable.HealthReport);
            var response = context.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = body.Length;
            response.Headers.CacheControl = "no-store";
            return isHead ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
        }

        private Task RefuseAsync(HttpContext context, string target, int status, string reason, string message)
        {
            log.Refused(status, reason, message, context.Request.Method, target);
            metrics.Refused(reason);
            var body = System.Text.Encoding.UTF8.GetBytes($"din serve: {message}\n");
            var response = context.Response;
            response.StatusCode = status;
            response.ContentType = PlainText;
            response.ContentLength = body.Length;
            return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
        }
    }

    /// <summary>
    /// Stopping belongs to the command (its signals, a test's cancellation), not to console signal handlers of the
    /// host, which would end the process with the signal's exit code.
    /// </summary>
    private sealed class CommandLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
