namespace DinActions.Cli.Lsp.Protocol;

/// <summary><c>textDocument/didOpen</c>.</summary>
internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary><c>textDocument/didChange</c>: the changes, applied in order.</summary>
internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

/// <summary>One change: the whole text when <see cref="Range"/> is absent, else a replacement of that range.</summary>
internal sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

/// <summary><c>textDocument/didSave</c>; the text when the server asked for it.</summary>
internal sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

/// <summary><c>textDocument/didClose</c>.</summary>
internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
