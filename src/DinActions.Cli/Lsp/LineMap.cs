using DinActions.Cli.Lsp.Protocol;

namespace DinActions.Cli.Lsp;

/// <summary>
/// Turns UTF-16 offsets of a text into LSP positions and back, counting characters in the negotiated encoding.
/// Lines end at <c>\n</c>, <c>\r\n</c> or <c>\r</c>, as the specification says; a position past the end of
/// its line means the line's end, and a line past the last one means the end of the text.
/// </summary>
internal sealed class LineMap
{
    private readonly string text;
    private readonly int[] lineStarts;
    private readonly PositionEncoding encoding;

    public LineMap(string text, PositionEncoding encoding)
    {
        this.text = text;
        this.encoding = encoding;
        var starts = new List<int> { 0 };
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '\r' && index + 1 < text.Length && text[index + 1] == '\n')
            {
                index++;
            }

            if (character is '\n' or '\r')
            {
                starts.Add(index + 1);
            }
        }

        lineStarts = [.. starts];
    }

    /// <summary>The number of lines; a text ending in a line break has an empty last line.</summary>
    public int LineCount => lineStarts.Length;

    /// <summary>The position of the UTF-16 <paramref name="offset"/>, clamped to the text.</summary>
    public Position PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var line = Array.BinarySearch(lineStarts, offset);
        line = line >= 0 ? line : ~line - 1;
        var start = lineStarts[line];
        return new Position(line, encoding == PositionEncoding.Utf16 ? offset - start : Count(start, offset));
    }

    /// <summary>The range of a span of the text.</summary>
    public Protocol.Range RangeOf(SourceSpan span) => new(PositionOf(span.Offset), PositionOf(span.End));

    /// <summary>The whole text as a range.</summary>
    public Protocol.Range Whole => new(new Position(0, 0), PositionOf(text.Length));

    /// <summary>The UTF-16 offset of <paramref name="position"/>; never outside the text, never inside a character.</summary>
    public int OffsetOf(Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= lineStarts.Length)
        {
            return text.Length;
        }

        var start = lineStarts[position.Line];
        var end = LineEnd(position.Line);
        var wanted = Math.Max(0, position.Character);
        if (encoding == PositionEncoding.Utf16)
        {
            return start + Math.Min(wanted, end - start);
        }

        var (at, counted) = (start, 0);
        while (at < end)
        {
            var width = Width(at, out var length);
            if (counted + width > wanted)
            {
                break;
            }

            counted += width;
            at += length;
        }

        return at;
    }

    /// <summary>The offset just before the line break of <paramref name="line"/>, or the end of the text on the last line.</summary>
    private int LineEnd(int line)
    {
        if (line + 1 >= lineStarts.Length)
        {
            return text.Length;
        }

        var next = lineStarts[line + 1];
        return next >= 2 && text[next - 2] == '\r' && text[next - 1] == '\n' ? next - 2 : next - 1;
    }

    private int Count(int from, int to)
    {
        var counted = 0;
        for (var at = from; at < to;)
        {
            counted += Width(at, out var length);
            at += length;
        }

        return counted;
    }

    // A pair of surrogates is one character: four UTF-8 bytes, one code point. A lone surrogate is counted as
    // the replacement character an encoder writes for it (three bytes), so positions stay consistent with the bytes.
    private int Width(int at, out int length)
    {
        var character = text[at];
        var pair = char.IsHighSurrogate(character) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]);
        length = pair ? 2 : 1;
        return encoding switch
        {
            PositionEncoding.Utf32 => 1,
            PositionEncoding.Utf8 => pair ? 4 : character < 0x80 ? 1 : character < 0x800 ? 2 : 3,
            _ => length,
        };
    }
}
