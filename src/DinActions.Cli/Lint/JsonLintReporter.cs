using System.Text.Json;
using DinActions.Diagnostics;

namespace DinActions.Cli.Lint;

/// <summary>
/// The <c>din-lint/1</c> JSON document: every diagnostic with its path, 1-based start and end line
/// and column, offset and length, code, severity, message and fix; the unreadable inputs; the counts.
/// The shape is stable: fields are only ever added. README documents it.
/// </summary>
internal sealed class JsonLintReporter : LintReporter, IDisposable
{
    public const string FormatName = "din-lint/1";

    // Names encoded once: a report of a large log writes them for each of hundreds of thousands of diagnostics.
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText SeverityName = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText FixName = JsonEncodedText.Encode("fix");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText ReplacementName = JsonEncodedText.Encode("replacement");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText EndLineName = JsonEncodedText.Encode("endLine");
    private static readonly JsonEncodedText EndColumnName = JsonEncodedText.Encode("endColumn");
    private static readonly JsonEncodedText OffsetName = JsonEncodedText.Encode("offset");
    private static readonly JsonEncodedText LengthName = JsonEncodedText.Encode("length");

    private readonly JsonStream json;

    // The path of the last diagnostic, encoded: diagnostics come file by file, or line by line of one log.
    private string? lastPath;
    private JsonEncodedText encodedPath;

    public JsonLintReporter(TextWriter output, TextWriter error)
    {
        json = new JsonStream(output);
        Error = error;
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("format", FormatName);
        writer.WriteStartObject("tool");
        writer.WriteString("name", ToolInfo.Name);
        writer.WriteString("version", ToolInfo.Version);
        writer.WriteEndObject();
        writer.WriteStartArray("diagnostics");
    }

    public override void Report(string path, string sourceLine, Diagnostic diagnostic, long lineOffset = 0)
    {
        var writer = json.Writer;
        if (!ReferenceEquals(path, lastPath))
        {
            encodedPath = JsonEncodedText.Encode(PrintableText.WellFormed(path), json.Encoder);
            lastPath = path;
        }

        writer.WriteStartObject();
        writer.WriteString(PathName, encodedPath);
        WriteSpan(diagnostic.Span, lineOffset);
        writer.WriteString(CodeName, diagnostic.Code);
        writer.WriteString(SeverityName, Diagnostic.SeverityName(diagnostic.Severity));
        writer.WriteString(MessageName, diagnostic.Message);
        if (diagnostic.Fix is { } fix)
        {
            writer.WriteStartObject(FixName);
            writer.WriteString(TitleName, fix.Title);
            WriteSpan(fix.Edit.Span, lineOffset);
            writer.WriteString(ReplacementName, fix.Edit.NewText);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        json.DrainIfFull();
    }

    public override void Complete(LintSummary summary)
    {
        var writer = json.Writer;
        writer.WriteEndArray();
        writer.WriteStartArray("unreadable");
        foreach (var (path, problem) in summary.Unreadable)
        {
            writer.WriteStartObject();
            writer.WriteString("path", PrintableText.WellFormed(path));
            writer.WriteString("message", problem);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("summary");
        writer.WriteNumber("files", summary.Files);
        writer.WriteNumber("documents", summary.Documents);
        writer.WriteNumber("errors", summary.Errors);
        writer.WriteNumber("warnings", summary.Warnings);
        writer.WriteNumber("infos", summary.Infos);
        writer.WriteEndObject();
        writer.WriteEndObject();
        json.Finish();
    }

    protected override TextWriter Error { get; }

    public void Dispose() => json.Dispose();

    private void WriteSpan(SourceSpan span, long lineOffset)
    {
        var writer = json.Writer;
        writer.WriteNumber(LineName, span.Line);
        writer.WriteNumber(ColumnName, span.Column);
        writer.WriteNumber(EndLineName, span.Line);
        writer.WriteNumber(EndColumnName, span.EndColumn);
        writer.WriteNumber(OffsetName, lineOffset + span.Offset);
        writer.WriteNumber(LengthName, span.Length);
    }
}
