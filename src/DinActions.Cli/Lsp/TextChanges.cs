using System.Text;
using DinActions.Cli.Lsp.Protocol;

namespace DinActions.Cli.Lsp;

/// <summary>Applies the changes of <c>textDocument/didChange</c>, full or incremental, in order.</summary>
internal static class TextChanges
{
    public static string Apply(string text, IReadOnlyList<TextDocumentContentChangeEvent> changes, PositionEncoding encoding)
    {
        foreach (var change in changes)
        {
            if (change.Range is not { } range)
            {
                text = change.Text;
                continue;
            }

            // Each change is counted against the text the one before it left, as the specification says.
            var lines = new LineMap(text, encoding);
            var start = lines.OffsetOf(range.Start);
            var end = Math.Max(start, lines.OffsetOf(range.End));
            text = new StringBuilder(text.Length - (end - start) + change.Text.Length)
                .Append(text, 0, start)
                .Append(change.Text)
                .Append(text, end, text.Length - end)
                .ToString();
        }

        return text;
    }
}
