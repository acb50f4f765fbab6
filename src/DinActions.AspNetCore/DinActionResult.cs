using System.Collections.Immutable;
using System.Text;
using DinActions.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DinActions.AspNetCore;

/// <summary>
/// The answer of an action URL: validated when it is written, under the application's
/// <see cref="DinActionOptions"/>, then sent as <c>text/plain; charset=utf-8</c>, one canonical line per
/// action. An action that fails validation is never sent: the <see cref="DinActionOptions.OnInvalidAction"/>
/// policy answers instead. Made by <see cref="DinResults"/>; works as a minimal API and an MVC result.
/// </summary>
public sealed class DinActionResult : IResult
{
    /// <summary>The content type of every answer.</summary>
    public const string ContentType = "text/plain; charset=utf-8";

    /// <summary>The logger category answers and refusals are logged under.</summary>
    public const string LogCategory = "DinActions.AspNetCore";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Func<ActionValidator, CheckedScript> check;

    internal DinActionResult(Func<ActionValidator, CheckedScript> check) => this.check = check;

    /// <summary>Validates the action and writes it, or applies the configured policy.</summary>
    /// <param name="httpContext">The request's context.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpContext"/> is null.</exception>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var services = httpContext.RequestServices;
        var options = services?.GetService<IOptions<DinActionOptions>>()?.Value ?? new DinActionOptions();
        var logger = services?.GetService<ILoggerFactory>()?.CreateLogger(LogCategory) ?? NullLogger.Instance;
        var call = DinCall.FromRequest(httpContext.Request);

        // The application's validator, kept for its lifetime, remembers what it checked; one made here does not.
        var validator = services?.GetService<ActionValidator>() is { } shared && shared.Options == options.Validation
            ? shared
            : new ActionValidator(options.Validation);
        var answer = check(validator);
        if (answer.Script is { } script)
        {
            LogWarnings(logger, call, answer.Diagnostics);
            return Answer(httpContext, logger, call, script);
        }

        var errors = answer.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        if (options.OnInvalidAction == InvalidActionPolicy.AnswerFallback)
        {
            // The fallback is validated at start; checking it again keeps the promise even for an
            // application that skipped AddDinActions or changed the options afterwards.
            var fallback = CheckedScript.Of(options.Fallback, validator);
            if (fallback.Script is { } fallbackScript)
            {
                DinLog.RefusedWithFallback(logger, call, Codes(errors), OneLine(fallbackScript.ToText()), Describe(errors));
                return Answer(httpContext, logger, call, fallbackScript);
            }

            DinLog.FallbackInvalid(logger, Codes(fallback.Diagnostics), Describe(fallback.Diagnostics));
        }

        DinLog.RefusedWithServerError(logger, call, Codes(errors), Describe(errors));
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Task.CompletedTask;
    }

    private static Task Answer(HttpContext httpContext, ILogger logger, DinCall call, ActionScript script)
    {
        var text = script.ToText();
        DinLog.Answered(logger, call, OneLine(text));
        var body = Utf8.GetBytes(text);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }

    private static void LogWarnings(ILogger logger, DinCall call, ImmutableArray<Diagnostic> diagnostics)
    {
        if (diagnostics.Length > 0 && logger.IsEnabled(LogLevel.Warning))
        {
            DinLog.AnsweredWithWarnings(logger, call, Codes(diagnostics), Describe(diagnostics));
        }
    }

    /// <summary>A script on one log line: its line breaks, and anything else unsafe, escaped.</summary>
    internal static string OneLine(string text) => PrintableText.Escape(text);

    private static string Codes(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(", ", diagnostics.Select(diagnostic => diagnostic.Code).Distinct());

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("; ", diagnostics.Select(diagnostic => diagnostic.ToString()));
}
