using DinActions.Cli.Lsp;

namespace DinActions.Cli.Tests.Lsp;

/// <summary>Applies the edits of a reply to a text as an editor does: all against the original, from the last to the first.</summary>
internal static class Edits
{
    public static string Apply(string text, IEnumerable<Cli.Lsp.Protocol.TextEdit> edits, PositionEncoding encoding = PositionEncoding.Utf16)
    {
        var lines = new LineMap(text, encoding);
        foreach (var (start, end, newText) in edits
            .Select(edit => (Start: lines.OffsetOf(edit.Range.Start), End: lines.OffsetOf(edit.Range.End), edit.NewText))
            .OrderByDescending(edit => edit.Start))
        {
            text = string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
        }

        return text;
    }
}
