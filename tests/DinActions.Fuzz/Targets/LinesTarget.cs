using System.Numerics;
using System.Text;
using DinActions.Cli.Inputs;

namespace DinActions.Fuzz.Targets;

/// <summary>
/// The line splitter of <c>din lint --lines</c>, over the bytes of a file and the characters of a text, read
/// in blocks of any size (the first byte picks it): the lines and their breaks, one after another, are the
/// input exactly; no line holds a break; a lone <c>\r</c> is never the first half of a <c>\r\n</c>; only the
/// last line may end without a break.
/// </summary>
internal static class LinesTarget
{
    public static void Run(byte[] data)
    {
        var blockSize = data.Length == 0 ? 1 : 1 + (data[0] % 64);
        using (var stream = new MemoryStream(data))
        {
            Check(LineSplitter.Of(stream, blockSize), data);
        }

        var text = Encoding.UTF8.GetString(data);
        using var reader = new StringReader(text);
        Check(LineSplitter.Of(reader, blockSize), text.ToCharArray());
    }

    private static void Check<T>(LineSplitter<T> splitter, T[] input)
        where T : unmanaged, IBinaryInteger<T>
    {
        var carriageReturn = T.CreateTruncating('\r');
        var lineFeed = T.CreateTruncating('\n');
        var at = 0;
        var endedWithoutBreak = false;
        while (splitter.TryRead(out var line, out var breakLength))
        {
            Invariant.Holds(!endedWithoutBreak, "only the last line ends without a break");
            Invariant.Holds(at + line.Length + breakLength <= input.Length, "the lines are no longer than the input");
            Invariant.Holds(line.SequenceEqual(input.AsSpan(at, line.Length)), $"the line at {at} is the input there");
            Invariant.Holds(line.IndexOfAny(carriageReturn, lineFeed) < 0, "no line holds a line break");
            var lineBreak = input.AsSpan(at + line.Length, breakLength);
            var next = at + line.Length + breakLength;
            var wellBroken = breakLength switch
            {
                0 => true,
                1 => lineBreak[0] == lineFeed || (lineBreak[0] == carriageReturn && (next == input.Length || input[next] != lineFeed)),
                2 => lineBreak[0] == carriageReturn && lineBreak[1] == lineFeed,
                _ => false,
            };
            Invariant.Holds(wellBroken, $"the break after the line at {at} is \\n, \\r or \\r\\n, as the input has it");
            endedWithoutBreak = breakLength == 0;
            at = next;
        }

        Invariant.Holds(at == input.Length, $"the lines cover the input: {at} of {input.Length}");
    }
}
