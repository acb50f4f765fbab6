using System.Text;

namespace DinActions.Cli.Inputs;

/// <summary>One input of a command: a file, or standard input (<c>-</c>), read as strict UTF-8.</summary>
/// <param name="Path">The path as given or found, or <c>-</c> for standard input.</param>
internal sealed record InputFile(string Path)
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInput = "-";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether this input is standard input.</summary>
    public bool IsStandardInput => Path == StandardInput;

    /// <summary>
    /// Reads the whole input. Bytes are decoded here rather than by a reader, because a reader would
    /// drop a byte order mark, which is itself worth a warning; invalid UTF-8 is a problem, not garbage.
    /// </summary>
    public bool TryRead(TextReader standardInput, out string text, out string problem)
    {
        text = string.Empty;
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

            text = StrictUtf8.GetString(File.ReadAllBytes(Path));
            return true;
        }
        catch (DecoderFallbackException exception)
        {
            problem = $"not valid UTF-8 text (byte {exception.Index})";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            problem = Describe(exception);
        }

        return false;
    }

    /// <summary>Opens the input as a stream of lines, for <c>--lines</c>; invalid UTF-8 throws <see cref="DecoderFallbackException"/> while reading.</summary>
    public TextReader OpenLines(TextReader standardInput) =>
        IsStandardInput ? standardInput : new StreamReader(Path, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);

    /// <summary>A one-line reason for an I/O failure, without a stack trace.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        DecoderFallbackException decoding => $"not valid UTF-8 text (byte {decoding.Index})",
        _ => exception.Message,
    };
}
