using System.Globalization;
using DinActions.Syntax;

namespace DinActions.Cli.Inputs;

/// <summary>One input of a command: a file, or standard input (<c>-</c>), read as strict UTF-8.</summary>
/// <param name="Path">The path as given or found, or <c>-</c> for standard input.</param>
internal sealed record InputFile(string Path)
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>Whether this input is standard input.</summary>
    public bool IsStandardInput => Path == StandardInput;

    /// <summary>
    /// Reads the whole input as text, for a command that can do nothing with text that is not UTF-8: such bytes are a
    /// problem that names the line and column of the first bad byte.
    /// </summary>
    public bool TryRead(TextReader standardInput, out string text, out string problem)
    {
        if (!TryRead(standardInput, out text, out var notUtf8, out problem))
        {
            return false;
        }

        if (notUtf8 is null)
        {
            return true;
        }

        text = string.Empty;
        problem = string.Create(CultureInfo.InvariantCulture, $"not valid UTF-8 text at line {notUtf8.Span.Line}, column {notUtf8.Span.Column} ({notUtf8.Message})");
        return false;
    }

    /// <summary>
    /// Reads the whole input. Bytes are decoded here rather than by a reader, because a reader would drop a byte order
    /// mark, which is itself worth a warning, and would hide where a byte is not UTF-8: then <paramref name="notUtf8"/>
    /// is its DIN0060 diagnostic and <paramref name="text"/> is only for showing it.
    /// </summary>
    public bool TryRead(TextReader standardInput, out string text, out Diagnostic? notUtf8, out string problem)
    {
        text = string.Empty;
        notUtf8 = null;
        problem = string.Empty;
        try
        {
            if (IsStandardInput)
            {
                text = standardInput.ReadToEnd();
                return true;
            }

            if (Directory.Exists(Path))
            {
                problem = "is a folder; pass the action files in it";
                return false;
            }

            notUtf8 = Utf8Source.Decode(File.ReadAllBytes(Path), out text);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            problem = Describe(exception);
        }

        return false;
    }

    /// <summary>Opens a file's bytes for <c>--lines</c>, which decodes each line on its own.</summary>
    public Stream OpenBytes() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    /// <summary>A one-line reason for an I/O failure, without a stack trace.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => exception.Message,
    };
}
