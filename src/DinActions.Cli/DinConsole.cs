namespace DinActions.Cli;

/// <summary>
/// The streams a command reads and writes, and what they are connected to. Commands never touch
/// <see cref="Console"/> directly, so that tests run them in-process with their own writers.
/// </summary>
/// <param name="In">Standard input, for <c>-</c> paths.</param>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: problems with the run itself, progress.</param>
/// <param name="OutIsTerminal">Whether standard output is a terminal (colour is used only then).</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (progress is shown only then).</param>
/// <param name="NoColor">Whether the user asked for no colour (<c>NO_COLOR</c>).</param>
internal sealed record DinConsole(TextReader In, TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal, bool NoColor)
{
    /// <summary>
    /// Opens standard output as bytes, for a writer that makes its own large writes (the call log of <c>din serve</c>):
    /// <see cref="Console.Out"/> writes every 256 characters, a system call each. Null, or opening gives null, when
    /// <see cref="Out"/> is not the process's or the console's encoding is not UTF-8: then <see cref="Out"/> is the way.
    /// </summary>
    public Func<Stream?>? OpenOutStream { get; init; }

    /// <summary>The process's own console.</summary>
    public static DinConsole FromProcess() => new(
        Console.In,
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
    {
        OpenOutStream = () => Console.OutputEncoding.CodePage == System.Text.Encoding.UTF8.CodePage ? Console.OpenStandardOutput() : null,
    };

    /// <summary>A console of plain writers and no terminal, as tests use.</summary>
    public static DinConsole Redirected(TextWriter output, TextWriter error, TextReader? input = null) =>
        new(input ?? TextReader.Null, output, error, OutIsTerminal: false, ErrorIsTerminal: false, NoColor: true);

    /// <summary>Whether to colour standard output.</summary>
    public bool UseColor => OutIsTerminal && !NoColor;
}
