using System.Globalization;

namespace DinActions.Cli.Lint;

/// <summary>Compiler-style output: <c>path:line:col: severity CODE: message</c>, the source line, a caret, the fix.</summary>
internal sealed class TextLintReporter(TextWriter output, TextWriter error, bool useColor) : LintReporter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Red = "\u001b[31;1m";
    private const string Yellow = "\u001b[33;1m";
    private const string Cyan = "\u001b[36;1m";
    private const string Green = "\u001b[32m";

    public override void Report(string path, string sourceLine, Diagnostic diagnostic, long lineOffset = 0)
    {
        var span = diagnostic.Span;
        var severity = Diagnostic.SeverityName(diagnostic.Severity);
        var severityColor = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => Red,
            DiagnosticSeverity.Warning => Yellow,
            _ => Cyan,
        };
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Paint(Bold, $"{path}:{span.Line}:{span.Column}:")} {Paint(severityColor, severity)} {diagnostic.Code}: {diagnostic.Message}"));

        var gutter = span.Line.ToString(CultureInfo.InvariantCulture);
        var blank = new string(' ', gutter.Length);
        var (line, carets) = SourceExcerpt.Render(sourceLine, span.Column, span.Length);
        output.WriteLine($"  {gutter} | {line}");
        output.WriteLine($"  {blank} | {Paint(severityColor, carets)}");
        if (diagnostic.Fix is { } fix)
        {
            output.WriteLine($"  {blank} = {Paint(Green, "fix")}: {fix.Title}");
        }
    }

    protected override TextWriter Error => error;

    public override void Complete(LintSummary summary) => output.WriteLine(summary.ToString());

    private string Paint(string color, string text) => useColor ? color + text + Reset : text;
}
