using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace DinActions.Syntax;

/// <summary>
/// Source bytes made text for the tools that read files: strictly, because bytes that are not UTF-8 have no one
/// reading, and the place of the first bad byte told in the terms of every other diagnostic (line, column) and of
/// the file (its byte offset).
/// </summary>
internal static class Utf8Source
{
    private static readonly UTF8Encoding Lossy = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Decodes the bytes of a document. Null when they are UTF-8, and <paramref name="text"/> is their text, a byte
    /// order mark included; otherwise the DIN0060 diagnostic of the first bad byte, and <paramref name="text"/> is for
    /// showing only, with U+FFFD for each bad sequence: it is not what the bytes say, so it must not be checked.
    /// </summary>
    public static Diagnostic? Decode(ReadOnlySpan<byte> bytes, out string text) => Decode(bytes, out text, 1, 0, "the document");

    /// <summary>As <see cref="Decode(ReadOnlySpan{byte}, out string)"/>, for one line of a log: <paramref name="line"/> is its number and <paramref name="byteOffset"/> where it starts in its file.</summary>
    public static Diagnostic? DecodeLine(ReadOnlySpan<byte> bytes, out string text, int line, long byteOffset) =>
        Decode(bytes, out text, line, byteOffset, "the line");

    private static Diagnostic? Decode(ReadOnlySpan<byte> bytes, out string text, int line, long byteOffset, string what)
    {
        // The vectorised check first: a document is almost always UTF-8, and then it is decoded once.
        if (Utf8.IsValid(bytes))
        {
            text = Encoding.UTF8.GetString(bytes);
            return null;
        }

        var bad = FirstInvalidByte(bytes);

        text = Lossy.GetString(bytes);
        var offset = Encoding.UTF8.GetCharCount(bytes[..bad]);
        var (lineOfByte, lineStart) = LineOf(text.AsSpan(0, offset), line);
        var column = offset - lineStart + 1;
        var span = new SourceSpan(offset, 0, lineOfByte, column);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"byte 0x{bytes[bad]:X2} at byte offset {byteOffset + bad} is not UTF-8; {what} is not checked further: save it as UTF-8");
        return new Diagnostic(DinRules.NotUtf8.Code, DinRules.NotUtf8.DefaultSeverity, span, message);
    }

    /// <summary>The index of the first byte that does not start or continue a UTF-8 sequence; -1 when there is none.</summary>
    internal static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[512];
        var read = 0;
        while (read < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[read..], scratch, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: true);
            read += consumed;
            if (status == OperationStatus.InvalidData)
            {
                return read;
            }

            if (status == OperationStatus.Done)
            {
                return -1;
            }
        }

        return -1;
    }

    // Lines end as the grammar ends them: at `\n`, `\r\n` or `\r`.
    private static (int Line, int LineStart) LineOf(ReadOnlySpan<char> before, int firstLine)
    {
        var line = firstLine;
        var lineStart = 0;
        for (var index = 0; index < before.Length; index++)
        {
            if (before[index] == '\n' || (before[index] == '\r' && (index + 1 == before.Length || before[index + 1] != '\n')))
            {
                line++;
                lineStart = index + 1;
            }
        }

        return (line, lineStart);
    }
}
