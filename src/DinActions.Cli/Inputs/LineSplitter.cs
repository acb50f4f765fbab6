using System.Numerics;

namespace DinActions.Cli.Inputs;

/// <summary>Splitters for the two kinds of input: the bytes of a file, and the characters of standard input.</summary>
internal static class LineSplitter
{
    /// <summary>How many bytes or characters are read at a time.</summary>
    public const int DefaultBlockSize = 1 << 14;

    /// <summary>The lines of a stream of bytes, undecoded: a file, whose lines are decoded one by one so that a bad byte spoils only its own.</summary>
    public static LineSplitter<byte> Of(Stream stream, int blockSize = DefaultBlockSize) => new(stream.Read, blockSize);

    /// <summary>The lines of a text.</summary>
    public static LineSplitter<char> Of(TextReader reader, int blockSize = DefaultBlockSize) => new(reader.Read, blockSize);
}

/// <summary>
/// The lines of an input, read in blocks into one buffer and handed out as spans of it, with the line
/// break each ended with. <see cref="TextReader.ReadLine"/> makes a string of every line and drops its
/// break; a log of served actions repeats most of its lines, which are looked up without a string, and
/// its offsets must count a <c>\r\n</c> as two.
/// </summary>
/// <remarks>
/// Lines end where <see cref="TextReader.ReadLine"/> ends them: at <c>\n</c>, <c>\r</c> or <c>\r\n</c>;
/// the last line needs no break, and an input that ends with a break has no empty line after it. A line
/// longer than the buffer grows it: memory follows the longest line, not the input.
/// </remarks>
/// <typeparam name="T">A byte of UTF-8, or a character.</typeparam>
internal sealed class LineSplitter<T>(Func<T[], int, int, int> read, int blockSize = LineSplitter.DefaultBlockSize)
    where T : unmanaged, IBinaryInteger<T>
{
    private static readonly T CarriageReturn = T.CreateTruncating('\r');
    private static readonly T LineFeed = T.CreateTruncating('\n');

    private T[] buffer = new T[Math.Max(blockSize, 2)];
    private int start;
    private int end;

    // Where to look for the next break, so that a long line being filled in is not searched again from its start.
    private int searchFrom;
    private bool ended;

    /// <summary>The next line, without its break, valid until the next call; false at the end of the input.</summary>
    /// <param name="line">The line's bytes or characters.</param>
    /// <param name="breakLength">How long its break is: 1, 2 for <c>\r\n</c>, 0 for a last line without one.</param>
    public bool TryRead(out ReadOnlySpan<T> line, out int breakLength)
    {
        while (true)
        {
            var at = buffer.AsSpan(searchFrom, end - searchFrom).IndexOfAny(CarriageReturn, LineFeed);
            if (at >= 0)
            {
                at += searchFrom;

                // A `\r` at the end of what has been read may be the first half of `\r\n`.
                if (buffer[at] == CarriageReturn && at + 1 == end && !ended)
                {
                    searchFrom = at;
                    Fill();
                    continue;
                }

                breakLength = buffer[at] == CarriageReturn && at + 1 < end && buffer[at + 1] == LineFeed ? 2 : 1;
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

        var count = read(buffer, end, buffer.Length - end);
        ended = count == 0;
        end += count;
    }
}
