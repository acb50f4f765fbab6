using DinActions.Cli.Lsp.Protocol;

namespace DinActions.Cli.Lsp;

/// <summary>
/// The quick fixes at a range: each diagnostic's fix there, and "fix all" for a code with several fixes in the
/// document. The library keeps the fixes of one document free of overlaps, so all of them apply in one edit.
/// </summary>
internal static class CodeActions
{
    public static CodeAction[] For(OpenDocument document, CodeActionParams parameters, LineMap lines)
    {
        var fixable = document.Diagnostics.Where(diagnostic => diagnostic.Fix is not null).ToArray();
        var only = parameters.Context.Only;
        var wantsQuickFixes = only is null || only.Any(kind => kind == CodeActionKind.QuickFix || CodeActionKind.QuickFix.StartsWith(kind + ".", StringComparison.Ordinal));
        var wantsFixAll = only is not null && only.Any(kind => kind == CodeActionKind.SourceFixAll || kind == "source");
        var start = lines.OffsetOf(parameters.Range.Start);
        var end = lines.OffsetOf(parameters.Range.End);
        var actions = new List<CodeAction>();
        if (wantsQuickFixes)
        {
            var here = fixable.Where(diagnostic => Touches(diagnostic.Span, start, end)).ToArray();
            foreach (var diagnostic in here)
            {
                // Preferred when it is the one fix for its place: two fixes at one span are a choice for the user.
                var alone = here.Count(other => other.Span == diagnostic.Span) == 1;
                actions.Add(new CodeAction(
                    diagnostic.Fix!.Title,
                    CodeActionKind.QuickFix,
                    [DiagnosticConversion.ToLsp(diagnostic, lines)],
                    alone,
                    EditOf(document.Uri, [diagnostic], lines)));
            }

            foreach (var code in here.Select(diagnostic => diagnostic.Code).Distinct(StringComparer.Ordinal))
            {
                var all = fixable.Where(diagnostic => diagnostic.Code == code).ToArray();
                if (all.Length > 1)
                {
                    actions.Add(new CodeAction($"Fix all {code} in this file", CodeActionKind.QuickFix, null, null, EditOf(document.Uri, all, lines)));
                }
            }
        }

        if (wantsFixAll && fixable.Length > 0)
        {
            actions.Add(new CodeAction("Fix all din problems in this file", CodeActionKind.SourceFixAll, null, null, EditOf(document.Uri, fixable, lines)));
        }

        return [.. actions];
    }

    // A fix at the cursor counts: an empty range at the end of a span still touches it, as editors ask with the caret.
    private static bool Touches(SourceSpan span, int start, int end) => span.Offset <= end && start <= span.End;

    private static WorkspaceEdit EditOf(string uri, IEnumerable<DinActions.Diagnostic> diagnostics, LineMap lines) =>
        new(new Dictionary<string, Protocol.TextEdit[]>(StringComparer.Ordinal)
        {
            [uri] = [.. diagnostics.Select(diagnostic => new Protocol.TextEdit(lines.RangeOf(diagnostic.Fix!.Edit.Span), diagnostic.Fix.Edit.NewText))],
        });
}
