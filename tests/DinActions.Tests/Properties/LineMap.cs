namespace DinActions.Tests.Properties;

/// <summary>
/// Recomputes lines and columns from offsets, independently of the parser: <c>\r\n</c>, <c>\n</c> and a
/// lone <c>\r</c> each end a line; a byte order mark counts as a column like any other character.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> lineStarts = [0];

    public LineMap(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '\r')
            {
                if (index + 1 < text.Length && text[index + 1] == '\n')
                {
                    index++;
                }

                lineStarts.Add(index + 1);
            }
            else if (text[index] == '\n')
            {
                lineStarts.Add(index + 1);
            }
        }
    }

    /// <summary>The one-based line and column of <paramref name="offset"/>; an offset inside a <c>\r\n</c> belongs to the line it ends.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        var found = lineStarts.BinarySearch(offset);
        var line = found >= 0 ? found : ~found - 1;
        return (line + 1, offset - lineStarts[line] + 1);
    }
}
