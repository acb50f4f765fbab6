using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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
[JsonSerializable(typeof(StreamJsonRpc.Protocol.CommonErrorData))]
internal sealed partial class LspJsonContext : JsonSerializerContext
{
    /// <summary>
    /// A JSON-RPC formatter that reads and writes the protocol types through this context. The formatter's own options
    /// govern the messages, so they get the naming and the omission of nulls that the context was generated with.
    /// </summary>
    /// <remarks>
    /// The formatter's constructor is marked as not hardened for trimming because it may reflect over types it does not
    /// know. Its options start with no resolver, so the chain holds only this context and the <see cref="StreamJsonRpc.RequestId"/>
    /// resolver, with no reflection behind them: a type missing from the context fails in a JIT build as it would in the
    /// native one, and a test holds the chain to these two. The CLI contract test of <c>din lsp</c> also runs a whole
    /// session against the native binary in CI.
    /// </remarks>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every type on the wire is in LspJsonContext; checked against the native binary.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every type on the wire is in LspJsonContext; checked against the native binary.")]
    public static StreamJsonRpc.SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new StreamJsonRpc.SystemTextJsonFormatter();
        var options = formatter.JsonSerializerOptions;
        options.TypeInfoResolverChain.Insert(0, Default);
        options.TypeInfoResolverChain.Add(RequestIdResolver.Instance);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return formatter;
    }

    /// <summary>
    /// The id that <c>$/cancelRequest</c> names, a StreamJsonRpc type read with the converter StreamJsonRpc adds to the
    /// options. A generated context cannot use that converter (it is internal to StreamJsonRpc), and without metadata for
    /// the type the library cannot read the notification, so no request would ever be cancelled.
    /// </summary>
    private sealed class RequestIdResolver : IJsonTypeInfoResolver
    {
        public static readonly RequestIdResolver Instance = new();

        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            type == typeof(StreamJsonRpc.RequestId) && options.Converters.OfType<JsonConverter<StreamJsonRpc.RequestId>>().FirstOrDefault() is { } converter
                ? JsonMetadataServices.CreateValueInfo<StreamJsonRpc.RequestId>(options, converter)
                : null;
    }
}
