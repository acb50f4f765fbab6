using System.Globalization;
using System.Text;

namespace DinActions.Cli.Lint;

/// <summary>
/// GitHub Actions workflow commands, one line per diagnostic
/// (<c>::error file=a.din,line=1,col=9,endLine=1,endColumn=20,title=DIN0010::message</c>), so a workflow
/// shows annotations on the changed lines without uploading SARIF. Infos are notices.
/// </summary>
internal sealed class GitHubLintReporter(TextWriter output, TextWriter error) : LintReporter
{
    public override void Report(string path, string sourceLine, Diagnostic diagnostic, long lineOffset = 0)
    {
        var span = diagnostic.Span;
        var line = new StringBuilder("::").Append(Command(diagnostic.Severity)).Append(' ');
        if (path != Inputs.InputFile.StandardInput)
        {
            line.Append("file=").Append(EscapeProperty(path)).Append(',');
            line.Append(CultureInfo.InvariantCulture, $"line={span.Line},col={span.Column},endLine={span.Line},endColumn={span.EndColumn},");
        }

        line.Append("title=").Append(EscapeProperty(diagnostic.Code)).Append("::").Append(EscapeData(diagnostic.Message));
        output.WriteLine(line.ToString());
    }

    public override void Unreadable(string path, string problem)
    {
        var file = path == Inputs.InputFile.StandardInput ? string.Empty : $" file={EscapeProperty(path)}";
        output.WriteLine($"::error{file}::{EscapeData($"{path}: {problem}")}");
        base.Unreadable(path, problem);
    }

    public override void ConfigProblems(string path, IEnumerable<Configuration.ConfigProblem> problems)
    {
        foreach (var problem in problems)
        {
            var at = problem.Position is { } position
                ? string.Create(CultureInfo.InvariantCulture, $",line={position.Line},col={position.Column}")
                : string.Empty;
            var message = problem.JsonPath is null ? problem.Message : $"{problem.JsonPath}: {problem.Message}";
            output.WriteLine($"::error file={EscapeProperty(path)}{at},title={EscapeProperty(Configuration.LintConfigFinder.FileName)}::{EscapeData(message)}");
        }

        base.ConfigProblems(path, problems);
    }

    protected override TextWriter Error => error;

    public override void Complete(LintSummary summary) => output.WriteLine(summary.ToString());

    /// <summary>The workflow command for a severity: GitHub has no "info", its lowest level is a notice.</summary>
    public static string Command(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>
    /// The message of a command, escaped as GitHub's toolkit does: <c>%</c> first, so that an escape is never
    /// escaped twice, then the line breaks that would end the command early.
    /// </summary>
    public static string EscapeData(string text) => text
        .Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal)
        .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property's value: as data, and <c>:</c> and <c>,</c> too, which end a value.</summary>
    public static string EscapeProperty(string text) => EscapeData(text)
        .Replace(":", "%3A", StringComparison.Ordinal)
        .Replace(",", "%2C", StringComparison.Ordinal);
}
