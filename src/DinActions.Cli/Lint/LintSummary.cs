using System.Globalization;

namespace DinActions.Cli.Lint;

/// <summary>Counts of a lint run, kept as it goes so that nothing but counts stays in memory.</summary>
internal sealed class LintSummary
{
    public int Files { get; private set; }

    public long Documents { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    public List<(string Path, string Problem)> Unreadable { get; } = [];

    public void CountFile() => Files++;

    public void CountDocument() => Documents++;

    public void Count(Diagnostic diagnostic)
    {
        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error:
                Errors++;
                break;
            case DiagnosticSeverity.Warning:
                Warnings++;
                break;
            default:
                Infos++;
                break;
        }
    }

    /// <summary>The exit code: I/O problems first, then errors (and warnings when they count as errors).</summary>
    public int ExitCode(bool warningsAsErrors) =>
        Unreadable.Count > 0 ? ExitCodes.UsageOrIo
        : Errors > 0 || (warningsAsErrors && Warnings > 0) ? ExitCodes.ErrorsFound
        : ExitCodes.Success;

    /// <summary>The closing line: <c>2 errors, 1 warning in 3 files</c>.</summary>
    public override string ToString()
    {
        var infos = Infos > 0 ? $", {Plural(Infos, "info")}" : string.Empty;
        return $"{Plural(Errors, "error")}, {Plural(Warnings, "warning")}{infos} in {Plural(Files, "file")}";
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 || noun == "info" ? string.Empty : "s")}");
}
