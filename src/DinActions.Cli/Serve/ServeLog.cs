using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DinActions.Diagnostics;

namespace DinActions.Cli.Serve;

/// <summary>
/// The call log of <c>din serve</c>: one entry per answer, refusal, reload and stop, as a readable line or
/// (<c>--log-format json</c>) one JSON object per line, stamped with the injected clock when it happens.
/// Entries are written whole, in order, by a <see cref="LogWriter"/>, since requests are served concurrently.
/// </summary>
internal sealed class ServeLog(LogWriter output, TimeProvider time, ServeLogFormat format)
{
    public ServeLogFormat Format => format;

    /// <summary>A call answered by <paramref name="rule"/>.</summary>
    public void Answered(string caller, string recipient, string rule, ServedAnswer action)
    {
        // Once per call: written without the delegates the other entries use.
        var now = time.GetUtcNow().UtcDateTime;
        output.WriteLine(format == ServeLogFormat.Json
            ? JsonSerializer.Serialize(
                new ServeLogEntry { Time = Stamp(now), Level = "info", Event = "answered", Caller = caller, Recipient = recipient, Rule = rule, Action = action.Text },
                ServeJson.Readable.ServeLogEntry)
            : string.Create(CultureInfo.InvariantCulture, $"{new LogStamp(now)} info caller={caller} recipient={recipient} rule=\"{rule}\" answered: {action.LoggedText}"));
    }

    /// <summary>A request answered with an HTTP error instead of an action; the request line is null when the web server refused it before it was read whole.</summary>
    public void Refused(int status, string reason, string message, string? method, string? target)
    {
        var shownMethod = method is null ? null : PrintableText.Clip(method, 16);
        var shownTarget = target is null ? null : PrintableText.Clip(target, 80);
        Write(
            "warn",
            () => string.Create(CultureInfo.InvariantCulture, $"refused {status} ({reason}): {message}{(shownMethod is null ? string.Empty : $"; request: {PrintableText.Escape(shownMethod)} {PrintableText.LogValue(target, 80)}")}"),
            entry => entry with { Event = "refused", Status = status, Reason = reason, Message = message, Method = shownMethod, Target = shownTarget });
    }

    /// <summary>A new version of the file took over.</summary>
    public void Reloaded(string path, ImmutableArray<string> warnings)
    {
        Write("info", () => $"reloaded {path}", entry => entry with { Event = "reloaded", File = path, Problems = warnings.IsEmpty ? null : [.. warnings] }, warnings);
    }

    /// <summary>A new version of the file was refused: the old one keeps serving.</summary>
    public void ReloadRefused(string path, ImmutableArray<string> problems, DateTimeOffset servingSince)
    {
        var since = Stamp(servingSince);
        Write(
            "fail",
            () => $"reload of {path} refused; still serving the version loaded at {since}:",
            entry => entry with { Event = "reloadRefused", File = path, Problems = [.. problems], Message = $"still serving the version loaded at {since}" },
            problems);
    }

    /// <summary>Anything else: listening, stopping, a problem the web server logs.</summary>
    public void Message(string level, string message, string eventName = "message") =>
        Write(level, () => message, entry => entry with { Event = eventName, Message = message });

    public static string Stamp(DateTimeOffset moment) => Stamp(moment.UtcDateTime);

    private static string Stamp(DateTime utc) => new LogStamp(utc).ToString();

    /// <summary>A line as it is, outside the log's format: what the text format prints on start.</summary>
    public void Plain(string line) => output.WriteLine(line);

    // The text format writes each of `details` as a line of its own, under the first, with the same stamp and level;
    // one entry, so that no other entry comes between them.
    private void Write(string level, Func<string> text, Func<ServeLogEntry, ServeLogEntry> json, ImmutableArray<string> details = default)
    {
        var stamp = Stamp(time.GetUtcNow());
        if (format == ServeLogFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(json(new ServeLogEntry { Time = stamp, Level = level, Event = "message" }), ServeJson.Readable.ServeLogEntry));
            return;
        }

        var line = $"{stamp} {level} {text()}";
        output.WriteLine(details.IsDefaultOrEmpty ? line : string.Join(output.NewLine, [line, .. details.Select(detail => $"{stamp} {level} {detail}")]));
    }
}

/// <summary>One entry of the JSON call log; fields that do not apply are left out.</summary>
internal sealed record ServeLogEntry
{
    public required string Time { get; init; }

    public required string Level { get; init; }

    public required string Event { get; init; }

    public string? Caller { get; init; }

    public string? Recipient { get; init; }

    public string? Rule { get; init; }

    public string? Action { get; init; }

    public int? Status { get; init; }

    public string? Reason { get; init; }

    public string? Method { get; init; }

    public string? Target { get; init; }

    public string? File { get; init; }

    public string? Message { get; init; }

    public string[]? Problems { get; init; }
}

/// <summary>What the health check answers.</summary>
/// <param name="Status">Always <c>serving</c>: a server that cannot serve does not answer.</param>
/// <param name="File">The served file, as named on the command line.</param>
/// <param name="LoadedAt">When the version served was loaded.</param>
/// <param name="RefusedAt">When a newer version on disk was last refused, while this one kept serving; null when none was.</param>
internal sealed record HealthReport(string Status, string File, string LoadedAt, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? RefusedAt);

/// <summary>
/// The JSON of <c>din serve</c>, generated at build time: the tool is published ahead of time, where
/// reflection-based serialization is not available. Text outside ASCII stays readable; markup characters
/// need no escaping in a log.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ServeLogEntry))]
[JsonSerializable(typeof(HealthReport))]
internal sealed partial class ServeJson : JsonSerializerContext
{
    /// <summary>The context with relaxed escaping: the log is read by people and log collectors, never embedded in HTML.</summary>
    public static ServeJson Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
