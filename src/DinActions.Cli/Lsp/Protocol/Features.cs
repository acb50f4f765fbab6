namespace DinActions.Cli.Lsp.Protocol;

/// <summary>What the server offers for code actions.</summary>
internal sealed record CodeActionOptions(string[] CodeActionKinds);

/// <summary>The kinds of code action (<c>CodeActionKind</c>).</summary>
internal static class CodeActionKind
{
    public const string QuickFix = "quickfix";
    public const string SourceFixAll = "source.fixAll";
}

/// <summary><c>textDocument/codeAction</c>: the range and the diagnostics the editor shows there.</summary>
internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

/// <summary>The diagnostics at the range, and the kinds of action asked for.</summary>
internal sealed record CodeActionContext(Diagnostic[] Diagnostics, string[]? Only);

/// <summary>A change the user can choose.</summary>
internal sealed record CodeAction(string Title, string Kind, Diagnostic[]? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);

/// <summary><c>textDocument/formatting</c>.</summary>
internal sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);

/// <summary>The editor's formatting preferences; the canonical form has no choices, so none is read.</summary>
internal sealed record FormattingOptions(int TabSize, bool InsertSpaces);

/// <summary>The answer to <c>textDocument/hover</c>.</summary>
internal sealed record Hover(MarkupContent Contents, Range? Range);

/// <summary>What the server offers for completion.</summary>
internal sealed record CompletionOptions(string[] TriggerCharacters);

/// <summary>One proposal.</summary>
internal sealed record CompletionItem(string Label, int Kind, string? Detail, MarkupContent? Documentation)
{
    /// <summary>What is inserted, when it is not the label.</summary>
    public string? InsertText { get; init; }
}

/// <summary>The proposals at a place.</summary>
internal sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

/// <summary>The kinds of <see cref="CompletionItem"/> that this server proposes (<c>CompletionItemKind</c>).</summary>
internal static class CompletionItemKind
{
    public const int Keyword = 14;
    public const int Property = 10;
    public const int Value = 12;
}

/// <summary><c>workspace/configuration</c>: the sections asked for.</summary>
internal sealed record ConfigurationParams(ConfigurationItem[] Items);

/// <summary>One section, maybe for one document.</summary>
internal sealed record ConfigurationItem(string? ScopeUri, string Section);

/// <summary><c>workspace/didChangeConfiguration</c>; the settings are asked for again rather than read from here.</summary>
internal sealed record DidChangeConfigurationParams(System.Text.Json.JsonElement? Settings);

/// <summary>The <c>din</c> section of the client's settings.</summary>
/// <param name="Profile"><c>api</c> or <c>dashboard</c>; null to leave it to <c>.dinlint.json</c>.</param>
/// <param name="NumberingPlan">Whether numbers are checked against their country's plan; null to leave it to <c>.dinlint.json</c>.</param>
internal sealed record DinSettings(string? Profile, bool? NumberingPlan);
