namespace DinActions.Cli.Inputs;

/// <summary>
/// The lines of a text, read in blocks into one buffer and handed out as spans of it, with the line
/// break each ended with. <see cref="TextReader.ReadLine"/> makes a string of every line and drops its
/// break; a log of served actions repeats most of its lines, which are looked up without a string, and
/// its offsets must count a <c>\r\n</c> as two characters.
/// </summary>
/// <remarks>
/// Lines end where <see cref="TextReader.ReadLine"/> ends them: at <c>\n</c>, <c>\r</c> or <c>\r\n</c>;
/// the last line needs no break, and a text that ends with a break has no empty line after it. A line
/// longer than the buffer grows it: memory follows the longest line, not the text.
/// </remarks>
internal sealed class LineSplitter(TextReader reader, int blockSize = LineSplitter.DefaultBlockSize)
{
    /// <summary>How many characters are read at a time.</summary>
    public const int DefaultBlockSize = 1 << 14;

    private char[] buffer = new char[Math.Max(blockSize, 2)];
    private int start;
    private int end;

    // Where to look for the next break, so that a long line being filled in is not searched again from its start.
    private int searchFrom;
    private bool ended;

    /// <summary>The next line, without its break, valid until the next call; false at the end of the text.</summary>
    /// <param name="line">The line's characters.</param>
    /// <param name="breakLength">How many characters its break has: 1, 2 for <c>\r\n</c>, 0 for a last line without one.</param>
    public bool TryRead(out ReadOnlySpan<char> line, out int breakLength)
    {
        while (true)
        {
            var at = buffer.AsSpan(searchFrom, end - searchFrom).IndexOfAny('\r', '\n');
            if (at >= 0)
            {
                at += searchFrom;

                // A `\r` at the end of what has been read may be the first half of `\r\n`.
                if (buffer[at] == '\r' && at + 1 == end && !ended)
                {
                    searchFrom = at;
                    Fill();
                    continue;
                }

                breakLength = buffer[at] == '\r' && at + 1 < end && buffer[at + 1] == '\n' ? 2 : 1;
                line = buffer.AsSpan(start, at - start);
                start = searchFrom = at + breakLength;
                return true;
            }

            if (ended)
            {
                breakLength = 0;
                line = buffer.AsSpan(start, end - start);
                start = searchFrom = end;
                return !line.IsEmpty;
            }

            searchFrom = end;
            Fill();
        }
    }

    private void Fill()
    {
        if (start > 0)
        {
            // What is left of the last line moves to the front, so the block after it finds room.
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            searchFrom -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = reader.Read(buffer, end, buffer.Length - end);
        ended = read == 0;
        end += read;
    }
}
