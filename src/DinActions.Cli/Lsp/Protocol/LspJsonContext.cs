using System.Text.Json;
using System.Text.Json.Serialization;

namespace DinActions.Cli.Lsp.Protocol;

/// <summary>
/// The serialization of every protocol type, generated at build time so that the server needs no reflection
/// (the tool is published ahead of time). Absent optional properties are left out, as the specification writes them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(EmptyParams))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(DocumentFormattingParams))]
[JsonSerializable(typeof(TextEdit[]))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(ConfigurationParams))]
[JsonSerializable(typeof(DinSettings[]))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(DidChangeConfigurationParams))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(object))]
internal sealed partial class LspJsonContext : JsonSerializerContext
{
    /// <summary>
    /// A JSON-RPC formatter that reads and writes the protocol types through this context. The formatter's own options
    /// govern the messages, so they get the naming and the omission of nulls that the context was generated with.
    /// </summary>
    /// <remarks>
    /// The formatter's constructor is marked as not hardened for trimming because it falls back on reflection for
    /// types it does not know. Every type this server puts on the wire or reads is generated in this context, which
    /// comes first in the chain, and a native build serializes with nothing else (reflection is off there): the CLI
    /// contract test of <c>din lsp</c> runs a whole session against the native binary in CI.
    /// </remarks>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every type on the wire is in LspJsonContext; checked against the native binary.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every type on the wire is in LspJsonContext; checked against the native binary.")]
    public static StreamJsonRpc.SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new StreamJsonRpc.SystemTextJsonFormatter();
        var options = formatter.JsonSerializerOptions;
        options.TypeInfoResolverChain.Insert(0, Default);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return formatter;
    }
}
