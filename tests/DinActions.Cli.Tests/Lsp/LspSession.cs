using System.Text.Json;
using System.Threading.Channels;
using DinActions.Cli.Lsp;
using DinActions.Cli.Lsp.Protocol;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace DinActions.Cli.Tests.Lsp;

/// <summary>
/// A client and a <see cref="LanguageServer"/> in one process, joined by a duplex pipe: the client speaks the protocol
/// through StreamJsonRpc as an editor would, and the test can look into the server's document store.
/// </summary>
internal sealed class LspSession : IAsyncDisposable
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly Channel<PublishDiagnosticsParams> diagnostics = Channel.CreateUnbounded<PublishDiagnosticsParams>();
    private readonly Channel<LogMessageParams> logs = Channel.CreateUnbounded<LogMessageParams>();
    private readonly CancellationTokenSource deadline = new(Deadline);

    private LspSession(LanguageServerOptions? options, JsonElement? configuration)
    {
        var (serverSide, clientSide) = FullDuplexStream.CreatePair();
        Server = new LanguageServer(serverSide, serverSide, options ?? new LanguageServerOptions(TimeSpan.FromMilliseconds(5)));
        Client = new JsonRpc(new HeaderDelimitedMessageHandler(clientSide, clientSide, LspJsonContext.CreateFormatter()));
        Action<PublishDiagnosticsParams> onDiagnostics = published => diagnostics.Writer.TryWrite(published);
        Action<LogMessageParams> onLog = message => logs.Writer.TryWrite(message);
        Func<ConfigurationParams, JsonElement> onConfiguration = request =>
            JsonSerializer.SerializeToElement(request.Items.Select(_ => configuration ?? default).ToArray(), LspTestJson.Default.JsonElementArray);
        Client.AddLocalRpcMethod(onDiagnostics.Method, onDiagnostics.Target, new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
        Client.AddLocalRpcMethod(onLog.Method, onLog.Target, new JsonRpcMethodAttribute("window/logMessage") { UseSingleObjectParameterDeserialization = true });
        Client.AddLocalRpcMethod(onConfiguration.Method, onConfiguration.Target, new JsonRpcMethodAttribute("workspace/configuration") { UseSingleObjectParameterDeserialization = true });
        Client.StartListening();
        Running = Server.RunAsync();
    }

    public LanguageServer Server { get; }

    public JsonRpc Client { get; }

    /// <summary>The server's session: it ends with the exit code.</summary>
    public Task<int> Running { get; }

    public CancellationToken Token => deadline.Token;

    public static LspSession Start(LanguageServerOptions? options = null, JsonElement? configuration = null) => new(options, configuration);

    /// <summary>
    /// Starts a session and initializes it, offering <paramref name="encodings"/>; <paramref name="configuration"/> answers
    /// <c>workspace/configuration</c> after <c>initialized</c>, <paramref name="initializationOptions"/> is sent with <c>initialize</c>.
    /// </summary>
    public static async Task<LspSession> Initialized(string[]? encodings = null, LanguageServerOptions? options = null, JsonElement? configuration = null, JsonElement? initializationOptions = null)
    {
        var session = Start(options, configuration);
        await session.InitializeAsync(encodings, configuration is not null, initializationOptions);
        return session;
    }

    public async Task<InitializeResult> InitializeAsync(string[]? encodings = null, bool configuration = false, JsonElement? initializationOptions = null)
    {
        var capabilities = new ClientCapabilities(new GeneralClientCapabilities(encodings), new WorkspaceClientCapabilities(configuration));
        var result = await Request<InitializeResult>("initialize", new InitializeParams(null, capabilities, null) { InitializationOptions = initializationOptions });
        await Client.NotifyWithParameterObjectAsync("initialized", new EmptyParams());
        return result;
    }

    public Task<T> Request<T>(string method, object? parameters) =>
        Client.InvokeWithParameterObjectAsync<T>(method, parameters, Token);

    public Task Open(string uri, string text, int version = 1) =>
        Client.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "din", version, text)));

    public Task Change(string uri, int version, params TextDocumentContentChangeEvent[] changes) =>
        Client.NotifyWithParameterObjectAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));

    /// <summary>The next diagnostics published for <paramref name="uri"/> at <paramref name="version"/>, skipping older ones.</summary>
    public async Task<PublishDiagnosticsParams> DiagnosticsOf(string uri, int? version = null)
    {
        while (true)
        {
            var published = await diagnostics.Reader.ReadAsync(Token);
            if (published.Uri == uri && (version is null || published.Version == version))
            {
                return published;
            }
        }
    }

    /// <summary>Publications for <paramref name="uri"/> until one satisfies <paramref name="done"/>, within the deadline.</summary>
    public async Task<PublishDiagnosticsParams> DiagnosticsUntil(string uri, Func<PublishDiagnosticsParams, bool> done)
    {
        while (true)
        {
            var published = await DiagnosticsOf(uri);
            if (done(published))
            {
                return published;
            }
        }
    }

    /// <summary>Every publication received so far, without waiting.</summary>
    public List<PublishDiagnosticsParams> ReceivedDiagnostics()
    {
        var received = new List<PublishDiagnosticsParams>();
        while (diagnostics.Reader.TryRead(out var published))
        {
            received.Add(published);
        }

        return received;
    }

    public async Task<LogMessageParams> NextLog() => await logs.Reader.ReadAsync(Token);

    /// <summary>Shuts the server down and exits; returns its exit code.</summary>
    public async Task<int> ShutdownAndExit()
    {
        await Request<JsonElement>("shutdown", null);
        await Client.NotifyAsync("exit");
        return await Running.WaitAsync(Token);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Running.WaitAsync(Deadline);
        Server.Dispose();
        deadline.Dispose();
    }
}

/// <summary>The JSON the test client writes that the server's context has no type for.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(JsonElement[]))]
internal sealed partial class LspTestJson : System.Text.Json.Serialization.JsonSerializerContext;
