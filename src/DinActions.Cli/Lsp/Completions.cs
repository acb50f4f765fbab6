using DinActions.Cli.Lsp.Protocol;
using DinActions.Syntax;

namespace DinActions.Cli.Lsp;

/// <summary>
/// <c>textDocument/completion</c>, from the words before the cursor on its line: an action name first, a greeting
/// (<c>say</c>, <c>playback</c>) after <c>voicemail</c>, a language after <c>say</c>, and <c>--caller=</c> after
/// <c>transfer</c>'s number.
/// </summary>
internal static class Completions
{
    public static CompletionList At(OpenDocument document, LineMap lines, Position position)
    {
        var offset = lines.OffsetOf(position);
        var text = document.Text;
        var start = offset == 0 ? 0 : text.LastIndexOfAny(['\n', '\r'], offset - 1) + 1;
        var before = text[start..offset];
        var words = before.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var typing = before.Length > 0 && before[^1] is not (' ' or '\t');

        // The words that are finished; the one being typed is what the client filters the proposals by.
        var done = typing ? words[..^1] : words;
        var partial = typing ? words[^1] : string.Empty;
        if (done is ["voicemail"] or [])
        {
            var kinds = done.Length == 0 ? ActionNames.All : ActionNames.Greetings;
            return List(kinds.Select(kind => new CompletionItem(ActionNames.NameOf(kind), CompletionItemKind.Keyword, "action", MarkupContent.Markdown(ActionHelp.Of(kind)))));
        }

        if (done is ["say"] or ["voicemail", "say"])
        {
            return List(document.Options.Languages.Languages.Select(language => new CompletionItem(
                language.Code,
                CompletionItemKind.Value,
                language.Status == LanguageStatus.Paused ? $"{language.Name} (paused)" : language.Name,
                MarkupContent.Markdown(ActionHelp.Language(language)))));
        }

        if (done is ["transfer", _, ..] && !done.Any(word => word.StartsWith(ActionHelp.CallerOption, StringComparison.Ordinal))
            && (partial.Length == 0 || partial.StartsWith('-')))
        {
            return List([new CompletionItem(ActionHelp.CallerOption, CompletionItemKind.Property, "caller ID", MarkupContent.Markdown(ActionHelp.Caller))]);
        }

        return new CompletionList(false, []);
    }

    private static CompletionList List(IEnumerable<CompletionItem> items) => new(false, [.. items]);
}
