namespace DinActions.Cli.Lint;

/// <summary>
/// The <c>din-lint/1</c> JSON document: every diagnostic with its path, 1-based start and end line
/// and column, offset and length, code, severity, message and fix; the unreadable inputs; the counts.
/// The shape is stable: fields are only ever added. README documents it.
/// </summary>
internal sealed class JsonLintReporter : LintReporter, IDisposable
{
    public const string FormatName = "din-lint/1";

    private readonly JsonStream json;

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

    public override void Report(string path, string sourceLine, Diagnostic diagnostic)
    {
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("path", path);
        WriteSpan(diagnostic.Span);
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", Diagnostic.SeverityName(diagnostic.Severity));
        writer.WriteString("message", diagnostic.Message);
        if (diagnostic.Fix is { } fix)
        {
            writer.WriteStartObject("fix");
            writer.WriteString("title", fix.Title);
            WriteSpan(fix.Edit.Span);
            writer.WriteString("replacement", fix.Edit.NewText);
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
            writer.WriteString("path", path);
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

    private void WriteSpan(SourceSpan span)
    {
        var writer = json.Writer;
        writer.WriteNumber("line", span.Line);
        writer.WriteNumber("column", span.Column);
        writer.WriteNumber("endLine", span.Line);
        writer.WriteNumber("endColumn", span.EndColumn);
        writer.WriteNumber("offset", span.Offset);
        writer.WriteNumber("length", span.Length);
    }
}
