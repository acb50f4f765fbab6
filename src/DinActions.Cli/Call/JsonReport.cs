using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DinActions.Diagnostics;

namespace DinActions.Cli.Call;

/// <summary>Prints a <see cref="CallReport"/> as one JSON document, for tools.</summary>
internal static class JsonReport
{
    // The relaxed encoder keeps `+`, backticks and Japanese readable and escapes control characters,
    // but not bidirectional overrides; every string also goes through PrintableText.Escape, so the JSON
    // holds the same printable text as the text report and nothing the server sent reaches a terminal raw.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(CallReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            Text(json, "request", report.Request.ToString());
            Text(json, "note", report.PlusNote);
            json.WriteStartArray("checks");
            foreach (var check in report.Checks)
            {
                json.WriteStartObject();
                Text(json, "subject", check.Subject);
                Text(json, "check", check.Name);
                Text(json, "verdict", TextReport.Word(check.Verdict).ToLowerInvariant());
                Text(json, "detail", check.Detail);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
            {
                json.WriteStartObject();
                Text(json, "code", diagnostic.Code);
                Text(json, "severity", Diagnostic.SeverityName(diagnostic.Severity));
                json.WriteNumber("line", diagnostic.Span.Line);
                json.WriteNumber("column", diagnostic.Span.Column);
                Text(json, "message", diagnostic.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (report.Call is { } call)
            {
                WriteCall(json, call);
            }
            else
            {
                json.WriteNull("call");
            }

            json.WriteStartObject("summary");
            json.WriteNumber("failed", report.Count(Verdict.Fail));
            json.WriteNumber("warned", report.Count(Verdict.Warn));
            json.WriteNumber("passed", report.Count(Verdict.Pass));
            json.WriteNumber("skipped", report.Count(Verdict.Skip));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, PrintableText.Escape(value));
        }
    }

    private static void WriteCall(Utf8JsonWriter json, SimulatedCall call)
    {
        json.WriteStartObject("call");
        json.WriteString("ending", call.Outcome.Ending switch
        {
            CallEnding.Transferred => "transferred",
            CallEnding.Voicemail => "voicemail",
            _ => "hungUp",
        });
        json.WriteStartArray("events");
        foreach (var callEvent in call.Events)
        {
            json.WriteStartObject();
            switch (callEvent)
            {
                case CallAnswered answered:
                    Text(json, "event", "answered");
                    Text(json, "caller", answered.Call.Caller);
                    Text(json, "recipient", answered.Call.Recipient);
                    break;
                case AudioPlayed played:
                    Text(json, "event", "played");
                    Text(json, "url", played.Url);
                    break;
                case TextSpoken spoken:
                    Text(json, "event", "said");
                    Text(json, "language", spoken.Language);
                    Text(json, "text", spoken.Text);
                    break;
                case CallTransferred transferred:
                    Text(json, "event", "transferred");
                    Text(json, "target", transferred.Target);
                    Text(json, "callerId", transferred.CallerId);
                    break;
                case VoicemailRecorded voicemail:
                    Text(json, "event", "voicemail");
                    Text(json, "greeting", voicemail.Greeting?.ToString());
                    break;
                default:
                    Text(json, "event", "hungUp");
                    break;
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("description");
        foreach (var sentence in call.Description)
        {
            json.WriteStringValue(PrintableText.Escape(sentence));
        }

        json.WriteEndArray();
        json.WriteStartArray("notRun");
        foreach (var action in call.Outcome.NotRun)
        {
            json.WriteStringValue(PrintableText.Escape(action.ToString()));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
