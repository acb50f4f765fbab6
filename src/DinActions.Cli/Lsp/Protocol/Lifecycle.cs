using System.Text.Json;

namespace DinActions.Cli.Lsp.Protocol;

/// <summary>What the client sends first (<c>initialize</c>); only what the server reads.</summary>
internal sealed record InitializeParams(int? ProcessId, ClientCapabilities? Capabilities, string? RootUri)
{
    /// <summary>Settings the client passes at start; read like <c>workspace/configuration</c>'s <c>din</c> section.</summary>
    public JsonElement? InitializationOptions { get; init; }
}

/// <summary>The parts of the client's capabilities that change what the server does.</summary>
internal sealed record ClientCapabilities(GeneralClientCapabilities? General, WorkspaceClientCapabilities? Workspace);

/// <summary>The client's general capabilities.</summary>
/// <param name="PositionEncodings">The encodings the client can count characters in, in order of preference.</param>
internal sealed record GeneralClientCapabilities(string[]? PositionEncodings);

/// <summary>The client's workspace capabilities.</summary>
/// <param name="Configuration">Whether the client answers <c>workspace/configuration</c>.</param>
internal sealed record WorkspaceClientCapabilities(bool? Configuration);

/// <summary>The answer to <c>initialize</c>.</summary>
internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

/// <summary>The server's name and version.</summary>
internal sealed record ServerInfo(string Name, string Version);

/// <summary>What the server does.</summary>
internal sealed record ServerCapabilities(
    string PositionEncoding,
    TextDocumentSyncOptions TextDocumentSync,
    CodeActionOptions CodeActionProvider,
    bool DocumentFormattingProvider,
    bool HoverProvider,
    CompletionOptions CompletionProvider);

/// <summary>How documents are kept in sync.</summary>
/// <param name="OpenClose">Whether open and close are sent.</param>
/// <param name="Change">1 for the whole text on every change, 2 for incremental changes.</param>
/// <param name="Save">What is sent on save.</param>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

/// <summary>What a save notification carries.</summary>
internal sealed record SaveOptions(bool IncludeText);

/// <summary>The kinds of text sync (<c>TextDocumentSyncKind</c>).</summary>
internal static class TextDocumentSyncKind
{
    public const int Full = 1;
    public const int Incremental = 2;
}

/// <summary>The encodings a position's character may be counted in (<c>PositionEncodingKind</c>).</summary>
internal static class PositionEncodingKind
{
    public const string Utf8 = "utf-8";
    public const string Utf16 = "utf-16";
    public const string Utf32 = "utf-32";
}
