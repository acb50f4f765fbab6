using DinActions.Cli.Format;
using DinActions.Cli.Lsp.Protocol;
using StreamJsonRpc;

namespace DinActions.Cli.Lsp;

/// <summary><c>textDocument/formatting</c>: the canonical text, as <c>din fmt</c> writes it, or a refusal that says why.</summary>
internal static class DocumentFormatter
{
    /// <summary>The edits that make <paramref name="document"/> canonical: none when it is, one replacing the whole text otherwise.</summary>
    /// <exception cref="LocalRpcException">The document has errors (<c>RequestFailed</c>); it is never half-formatted.</exception>
    public static Protocol.TextEdit[] Format(OpenDocument document, PositionEncoding encoding, CancellationToken cancellation)
    {
        var text = document.Text;
        if (document.Lines is { } memory)
        {
            // The validator the document's diagnostics use, and its numbering-plan memo with it.
            var lines = LineFormatting.Format(text, memory.Validator);
            cancellation.ThrowIfCancellationRequested();
            return lines.Text is { } formattedLines ? Replace(text, formattedLines, encoding) : throw Refusal(lines.Reason());
        }

        var result = ActionScript.Parse(text, document.Options);
        cancellation.ThrowIfCancellationRequested();
        if (result.Script is not { } script)
        {
            var errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DinActions.DiagnosticSeverity.Error).ToArray();
            var reason = errors.Length == 0
                ? "a line cannot be read as an action"
                : $"{errors.Length} error{(errors.Length == 1 ? string.Empty : "s")}, the first {errors[0]}";
            throw Refusal(reason);
        }

        return Replace(text, script.ToText(trailingLineBreak: text.EndsWith('\n') || text.EndsWith('\r')), encoding);
    }

    private static Protocol.TextEdit[] Replace(string text, string formatted, PositionEncoding encoding) =>
        formatted == text ? [] : [new Protocol.TextEdit(new LineMap(text, encoding).Whole, formatted)];

    private static LocalRpcException Refusal(string reason) =>
        new($"not formatted: fix the errors first ({reason})") { ErrorCode = LspErrorCodes.RequestFailed };
}
