using System.Text;
using DinActions.Cli.Inputs;
using DinActions.Tests.Properties;
using FluentAssertions;
using FsCheck.Fluent;

namespace DinActions.Cli.Tests.Inputs;

public sealed class LineSplitterTests
{
    [Fact]
    public void Any_text_splits_into_the_lines_ReadLine_gives_and_the_breaks_add_up_to_the_text()
    {
        // Few kinds of character, so that breaks, `\r\n` split across blocks and empty lines are common.
        var texts =
            from length in Gen.Choose(0, 60)
            from characters in Gen.ArrayOf(Gen.Elements('a', 'é', '\r', '\n', ' '), length)
            select new string(characters);

        PropertyRuns.Run(Prop.ForAll(Arb.From(texts), Arb.From(Gen.Choose(1, 9)), (text, blockSize) =>
        {
            var (lines, breaks) = Split(text, blockSize);

            lines.Should().Equal(ReadLines(text), "the text is `{0}`", text.ReplaceLineEndings("|"));
            lines.Sum(line => line.Length).Should().Be(text.Length - breaks.Sum());
            breaks.Take(Math.Max(0, breaks.Count - 1)).Should().NotContain(0, "only the last line may end without a break");
        }));
    }

    [Theory]
    [InlineData("a\r\nb\rc\nd", new[] { "a", "b", "c", "d" }, new[] { 2, 1, 1, 0 })]
    [InlineData("a\n\nb\n", new[] { "a", "", "b" }, new[] { 1, 1, 1 })]
    [InlineData("\r\n", new[] { "" }, new[] { 2 })]
    [InlineData("", new string[0], new int[0])]
    public void Each_line_comes_with_its_break(string text, string[] lines, int[] breaks)
    {
        foreach (var blockSize in new[] { 1, 2, 3, LineSplitter.DefaultBlockSize })
        {
            var (read, readBreaks) = Split(text, blockSize);

            read.Should().Equal(lines);
            readBreaks.Should().Equal(breaks);
        }
    }

    [Fact]
    public void A_line_longer_than_the_block_is_read_whole()
    {
        var longLine = new string('x', 100_000);

        var (lines, breaks) = Split(longLine + "\r\nshort", blockSize: 16);

        lines.Should().Equal(longLine, "short");
        breaks.Should().Equal(2, 0);
    }

    private static (List<string> Lines, List<int> Breaks) Split(string text, int blockSize)
    {
        var fromCharacters = Collect(LineSplitter.Of(new StringReader(text), blockSize), static line => line.ToString());
        var fromBytes = Collect(LineSplitter.Of(new MemoryStream(Encoding.UTF8.GetBytes(text)), blockSize), static line => Encoding.UTF8.GetString(line));

        // A lone surrogate has no UTF-8: the bytes carry U+FFFD for it, and so does the line they read back as.
        var inUtf8 = fromCharacters.Lines.Select(line => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(line)));
        fromBytes.Lines.Should().Equal(inUtf8, "the bytes of a file split where its characters do");
        fromBytes.Breaks.Should().Equal(fromCharacters.Breaks);
        return fromCharacters;
    }

    private static (List<string> Lines, List<int> Breaks) Collect<T>(LineSplitter<T> splitter, Func<ReadOnlySpan<T>, string> show)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        var lines = new List<string>();
        var breaks = new List<int>();
        while (splitter.TryRead(out var line, out var breakLength))
        {
            lines.Add(show(line));
            breaks.Add(breakLength);
        }

        return (lines, breaks);
    }

    private static List<string> ReadLines(string text)
    {
        var reader = new StringReader(text);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
