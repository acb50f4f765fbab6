namespace DinActions.Cli.Lsp.Protocol;

/// <summary>A place between two characters: a zero-based line and a zero-based character offset in the negotiated encoding.</summary>
internal sealed record Position(int Line, int Character);

/// <summary>The text from <see cref="Start"/> up to, not including, <see cref="End"/>.</summary>
internal sealed record Range(Position Start, Position End);

/// <summary>A document, named by its URI.</summary>
internal sealed record TextDocumentIdentifier(string Uri);

/// <summary>A document at a version the client counts.</summary>
internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

/// <summary>A document as the client opened it.</summary>
internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

/// <summary>A document and a place in it: what hover and completion are asked about.</summary>
internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>Replace the text of <see cref="Range"/> with <see cref="NewText"/>.</summary>
internal sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits to several documents, by URI.</summary>
internal sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

/// <summary>Text with a format: <c>markdown</c> or <c>plaintext</c>.</summary>
internal sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new(MarkupKind.Markdown, value);
}

/// <summary>The formats of <see cref="MarkupContent"/>.</summary>
internal static class MarkupKind
{
    public const string PlainText = "plaintext";
    public const string Markdown = "markdown";
}

/// <summary>The error codes of JSON-RPC and LSP that this server answers with.</summary>
internal static class LspErrorCodes
{
    public const int InvalidRequest = -32600;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestFailed = -32803;
    public const int RequestCancelled = -32800;
}

/// <summary>A message the client may show or log (<c>window/logMessage</c>).</summary>
internal sealed record LogMessageParams(int Type, string Message);

/// <summary>The kinds of <see cref="LogMessageParams"/>.</summary>
internal static class MessageType
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Info = 3;
    public const int Log = 4;
}

/// <summary>The parameters of a message whose parameters the server does not read (<c>initialized</c>); unknown members are skipped.</summary>
internal sealed class EmptyParams;
