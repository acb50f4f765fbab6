namespace DinActions.Cli.Lint;

/// <summary>
/// Writes the findings of a lint run as they come, one diagnostic at a time, so a stream of millions
/// of lines is reported in constant memory.
/// </summary>
internal abstract class LintReporter
{
    /// <summary>Reports one diagnostic of <paramref name="path"/>; <paramref name="sourceLine"/> is the text of its line.</summary>
    /// <param name="path">The input.</param>
    /// <param name="sourceLine">The text of the diagnostic's line.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="lineOffset">
    /// Where the document starts in the input, added to the offsets of the diagnostic and its fix: each line of
    /// <c>--lines</c> is a document of its own, and a log can be longer than an <see cref="int"/> can count.
    /// </param>
    public abstract void Report(string path, string sourceLine, Diagnostic diagnostic, long lineOffset = 0);

    /// <summary>Reports an input that could not be read: one line on standard error; the summary keeps the list.</summary>
    public virtual void Unreadable(string path, string problem) => Error.WriteLine($"{path}: error: {problem}");

    /// <summary>Reports the problems of a configuration file, once, before the files it governs are left unchecked.</summary>
    public virtual void ConfigProblems(string path, IEnumerable<Configuration.ConfigProblem> problems) =>
        Configuration.ConfigProblem.WriteAll(problems, path, Error);

    /// <summary>Standard error, where problems with the run itself go whatever the format.</summary>
    protected abstract TextWriter Error { get; }

    /// <summary>Closes the report with the run's counts.</summary>
    public abstract void Complete(LintSummary summary);

    /// <summary>Creates the reporter for <paramref name="format"/>.</summary>
    public static LintReporter Create(LintFormat format, TextWriter output, TextWriter error, bool useColor) => format switch
    {
        LintFormat.Json => new JsonLintReporter(output, error),
        LintFormat.Sarif => new SarifLintReporter(output, error),
        LintFormat.GitHub => new GitHubLintReporter(output, error),
        _ => new TextLintReporter(output, error, useColor),
    };
}
