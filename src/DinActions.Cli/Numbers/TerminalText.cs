using System.Globalization;
using System.Text;
using DinActions.Diagnostics;

namespace DinActions.Cli.Numbers;

/// <summary>Provider text on a terminal: clipped lines and aligned columns.</summary>
internal static class TerminalText
{
    private const int MaxLength = 200;

    /// <summary>Text from a provider or a user on one terminal line: escaped, and clipped to a length a table can hold.</summary>
    public static string Clip(string? text) => PrintableText.Clip(text, MaxLength);

    /// <summary>Writes rows as columns separated by two spaces, the last column unpadded.</summary>
    public static void WriteTable(TextWriter output, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var all = new List<string[]> { header.ToArray() };
        all.AddRange(rows.Select(row => row.Select(Clip).ToArray()));
        var widths = Enumerable.Range(0, header.Count).Select(column => all.Max(row => row[column].Length)).ToArray();
        foreach (var row in all)
        {
            var line = new StringBuilder();
            for (var column = 0; column < row.Length; column++)
            {
                line.Append(column == row.Length - 1 ? row[column] : row[column].PadRight(widths[column] + 2));
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    /// <summary>A number as the provider meant it, without trailing zeros.</summary>
    public static string Amount(decimal? value) => value is { } amount ? (amount / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "-";
}
