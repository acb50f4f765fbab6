using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DinActions.Cli.Call;

/// <summary>Prints a <see cref="CallReport"/> as one JSON document, for tools.</summary>
internal static class JsonReport
{
    // The default encoder escapes every non-ASCII and control character, so nothing the server sent
    // reaches a terminal raw, whatever reads the JSON.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Default };

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(CallReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("request", report.Request.ToString());
            json.WriteString("note", report.PlusNote);
            json.WriteStartArray("checks");
            foreach (var check in report.Checks)
            {
                json.WriteStartObject();
                json.WriteString("subject", check.Subject);
                json.WriteString("check", check.Name);
                json.WriteString("verdict", TextReport.Word(check.Verdict).ToLowerInvariant());
                json.WriteString("detail", check.Detail);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", diagnostic.Code);
                json.WriteString("severity", Diagnostic.SeverityName(diagnostic.Severity));
                json.WriteNumber("line", diagnostic.Span.Line);
                json.WriteNumber("column", diagnostic.Span.Column);
                json.WriteString("message", diagnostic.Message);
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
                    json.WriteString("event", "answered");
                    json.WriteString("caller", answered.Call.Caller);
                    json.WriteString("recipient", answered.Call.Recipient);
                    break;
                case AudioPlayed played:
                    json.WriteString("event", "played");
                    json.WriteString("url", played.Url);
                    break;
                case TextSpoken spoken:
                    json.WriteString("event", "said");
                    json.WriteString("language", spoken.Language);
                    json.WriteString("text", spoken.Text);
                    break;
                case CallTransferred transferred:
                    json.WriteString("event", "transferred");
                    json.WriteString("target", transferred.Target);
                    json.WriteString("callerId", transferred.CallerId);
                    break;
                case VoicemailRecorded voicemail:
                    json.WriteString("event", "voicemail");
                    json.WriteString("greeting", voicemail.Greeting?.ToString());
                    break;
                default:
                    json.WriteString("event", "hungUp");
                    break;
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("description");
        foreach (var sentence in call.Description)
        {
            json.WriteStringValue(sentence);
        }

        json.WriteEndArray();
        json.WriteStartArray("notRun");
        foreach (var action in call.Outcome.NotRun)
        {
            json.WriteStringValue(action.ToString());
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
