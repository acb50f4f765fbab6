using System.Text.Json;
using DinActions.Diagnostics;

namespace DinActions.Cli.Lint;

/// <summary>
/// SARIF 2.1.0: one run, the tool with every rule (id, descriptions, help, default level), and a
/// result per diagnostic with its location and fix. Results stream as they come.
/// </summary>
internal sealed class SarifLintReporter : LintReporter, IDisposable
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private readonly JsonStream json;
    private readonly Dictionary<string, int> ruleIndex = new(StringComparer.Ordinal);

    public SarifLintReporter(TextWriter output, TextWriter error)
    {
        json = new JsonStream(output);
        Error = error;
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        WriteTool(writer);
        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteStartArray("results");
    }

    public override void Report(string path, string sourceLine, Diagnostic diagnostic, long lineOffset = 0)
    {
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Code);
        if (ruleIndex.TryGetValue(diagnostic.Code, out var index))
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteString("level", Level(diagnostic.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", diagnostic.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        WriteArtifact(writer, path);
        WriteRegion(writer, "region", diagnostic.Span, lineOffset);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (diagnostic.Fix is { } fix)
        {
            WriteFix(writer, path, fix, lineOffset);
        }

        writer.WriteEndObject();
        json.DrainIfFull();
    }

    public override void Complete(LintSummary summary)
    {
        var writer = json.Writer;
        writer.WriteEndArray();
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", summary.Unreadable.Count == 0);
        if (summary.Unreadable.Count > 0)
        {
            writer.WriteStartArray("toolExecutionNotifications");
            foreach (var (path, problem) in summary.Unreadable)
            {
                writer.WriteStartObject();
                writer.WriteString("level", "error");
                writer.WriteStartObject("message");
                writer.WriteString("text", $"{PrintableText.WellFormed(path)}: {problem}");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        json.Finish();
    }

    protected override TextWriter Error { get; }

    public void Dispose() => json.Dispose();

    /// <summary>SARIF's level for a severity: info is a <c>note</c>.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A URI reference for a path: relative paths stay relative (to the repository root), with forward slashes.</summary>
    public static string ToUri(string path)
    {
        if (path == Inputs.InputFile.StandardInput)
        {
            return "stdin";
        }

        if (Path.IsPathRooted(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        var segments = path.Replace('\\', '/').Split('/').Where(segment => segment is not ("." or ""));
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    private void WriteTool(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", ToolInfo.Name);
        writer.WriteString("version", ToolInfo.Version);
        writer.WriteString("semanticVersion", ToolInfo.Version);
        writer.WriteString("informationUri", ToolInfo.InformationUri.AbsoluteUri);
        writer.WriteStartArray("rules");
        foreach (var rule in DinRules.All)
        {
            ruleIndex[rule.Code] = ruleIndex.Count;
            writer.WriteStartObject();
            writer.WriteString("id", rule.Code);
            writer.WriteString("name", PascalCase(rule.Title));
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", EndWithPeriod(rule.Title));
            writer.WriteEndObject();
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", EndWithPeriod(rule.Description));
            writer.WriteEndObject();
            writer.WriteStartObject("help");
            writer.WriteString("text", EndWithPeriod(rule.HowToFix));
            writer.WriteString("markdown", rule.Help);
            writer.WriteEndObject();
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(rule.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter writer, string path)
    {
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", ToUri(PrintableText.WellFormed(path)));
        writer.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter writer, string name, SourceSpan span, long lineOffset)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("startLine", span.Line);
        writer.WriteNumber("startColumn", span.Column);
        writer.WriteNumber("endLine", span.Line);
        writer.WriteNumber("endColumn", span.EndColumn);
        writer.WriteNumber("charOffset", lineOffset + span.Offset);
        writer.WriteNumber("charLength", span.Length);
        writer.WriteEndObject();
    }

    private static void WriteFix(Utf8JsonWriter writer, string path, Fix fix, long lineOffset)
    {
        writer.WriteStartArray("fixes");
        writer.WriteStartObject();
        writer.WriteStartObject("description");
        writer.WriteString("text", EndWithPeriod(fix.Title));
        writer.WriteEndObject();
        writer.WriteStartArray("artifactChanges");
        writer.WriteStartObject();
        WriteArtifact(writer, path);
        writer.WriteStartArray("replacements");
        writer.WriteStartObject();
        WriteRegion(writer, "deletedRegion", fix.Edit.Span, lineOffset);
        writer.WriteStartObject("insertedContent");
        writer.WriteString("text", fix.Edit.NewText);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static string EndWithPeriod(string text) => text.EndsWith('.') ? text : text + ".";

    private static string PascalCase(string title) =>
        string.Concat(title.Split(' ', '-', '`', '.', ',', '\'').Where(word => word.Length > 0).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
}
