using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Channels;
using DinActions.Cli.Configuration;
using DinActions.Cli.Lsp.Protocol;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace DinActions.Cli.Lsp;

/// <summary>Knobs of a <see cref="LanguageServer"/>, for tests.</summary>
/// <param name="Debounce">How long after the last change the diagnostics of a document are computed.</param>
/// <param name="BeforeRequest">Awaited at the start of every request, with its cancellation token; lets a test hold a request open.</param>
internal sealed record LanguageServerOptions(TimeSpan Debounce, Func<string, CancellationToken, Task>? BeforeRequest = null)
{
    public static LanguageServerOptions Default { get; } = new(TimeSpan.FromMilliseconds(30));
}

/// <summary>
/// <c>din lsp</c>: a Language Server Protocol 3.17 server over one pair of streams, with <c>Content-Length</c>
/// framing. Messages are handled one at a time in the order they arrive, so edits apply in order; diagnostics
/// are computed on the thread pool after a pause in typing and published only while their text is current.
/// </summary>
internal sealed class LanguageServer : IDisposable
{
    private readonly JsonRpc rpc;
    private readonly LanguageServerOptions options;
    private readonly Channel<Publication> publications = Channel.CreateUnbounded<Publication>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, CancellationTokenSource> pending = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource exitReceived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile ServerState state = ServerState.Created;
    private volatile bool shutdownRequested;
    private volatile bool exited;
    private volatile ExplicitSettings clientSettings = ExplicitSettings.None;
    private bool clientAnswersConfiguration;

    // Held while settings are read and stored with a document, and while new settings arrive: a document opened as
    // the client's settings change either is in the store when they are applied, or is opened with them.
    private readonly Lock settingsGate = new();

    public LanguageServer(Stream input, Stream output, LanguageServerOptions? options = null)
    {
        this.options = options ?? LanguageServerOptions.Default;
        var formatter = LspJsonContext.CreateFormatter();
        rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter))
        {
            // One message at a time, in order: a change must apply before the next one and before a request about it.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        Register();
    }

    /// <summary>The open documents.</summary>
    public DocumentStore Documents { get; } = new();

    /// <summary>The encoding positions are counted in, once <c>initialize</c> has negotiated it.</summary>
    public PositionEncoding Encoding { get; private set; } = PositionEncoding.Utf16;

    /// <summary>How many documents have diagnostics waiting to be computed.</summary>
    public int PendingDiagnostics => pending.Count;

    /// <summary>
    /// Serves until the client sends <c>exit</c> or goes away. The exit code is the specification's: 0 after
    /// <c>shutdown</c>, 1 without it (a client that disappears never asked to shut down).
    /// </summary>
    public async Task<int> RunAsync()
    {
        var publisher = Task.Run(PublishAsync);
        rpc.StartListening();
        try
        {
            // A read of standard input cannot be cancelled: after exit the session ends without waiting for the loop.
            if (await Task.WhenAny(rpc.Completion, exitReceived.Task).ConfigureAwait(false) == rpc.Completion)
            {
                await rpc.Completion.ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A broken frame or a stream that failed ends the session; the exit code says it did not end well.
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        publications.Writer.TryComplete();
        await publisher.ConfigureAwait(false);
        return exited && shutdownRequested ? 0 : 1;
    }

    public void Dispose()
    {
        rpc.Dispose();
        stopping.Dispose();
    }

    private void Register()
    {
        var types = LspJsonContext.Default;
        Request("initialize", types.InitializeParams, Initialize, beforeInitialize: true);
        Notification("initialized", types.EmptyParams, _ => OnInitialized());
        RequestWithoutParams("shutdown", Shutdown);
        NotificationWithoutParams("exit", Exit);
        Notification("textDocument/didOpen", types.DidOpenTextDocumentParams, DidOpen);
        Notification("textDocument/didChange", types.DidChangeTextDocumentParams, DidChange);
        Notification("textDocument/didSave", types.DidSaveTextDocumentParams, DidSave);
        Notification("textDocument/didClose", types.DidCloseTextDocumentParams, DidClose);
        Notification("workspace/didChangeConfiguration", types.DidChangeConfigurationParams, DidChangeConfiguration);
        Request("textDocument/codeAction", types.CodeActionParams, CodeActions);
        Request("textDocument/formatting", types.DocumentFormattingParams, Formatting);
        Request("textDocument/hover", types.TextDocumentPositionParams, HoverAt);
        Request("textDocument/completion", types.TextDocumentPositionParams, CompletionAt);
    }

    // Handlers are registered one by one from delegates, not found by reflection over a type, so that trimming keeps them.
    // Their parameters arrive as JSON and are read here: params of the wrong shape are the client's mistake, answered
    // with InvalidParams, where a typed parameter would make the JSON-RPC library fail the whole connection.
    private void Request<TParams, TResult>(string method, JsonTypeInfo<TParams> type, Func<TParams, CancellationToken, TResult> handler, bool beforeInitialize = false)
    {
        // Params that are left out arrive as an undefined element, so that they too are refused by Read, not by the library.
        var guarded = async (JsonElement json = default, CancellationToken cancellation = default) =>
        {
            Admit(method, beforeInitialize);
            var parameters = Read(method, json, type)
                ?? throw new LocalRpcException($"{method}: params are required") { ErrorCode = LspErrorCodes.InvalidParams };
            if (options.BeforeRequest is { } gate)
            {
                await gate(method, cancellation);
            }

            cancellation.ThrowIfCancellationRequested();
            try
            {
                return handler(parameters, cancellation);
            }
            catch (Exception exception) when (exception is not (LocalRpcException or OperationCanceledException or OutOfMemoryException))
            {
                // A defect, or params that are well formed but lack what the handler needs: an error reply, and the session goes on.
                throw new LocalRpcException($"{method} failed: {exception.GetType().Name}: {exception.Message}") { ErrorCode = LspErrorCodes.InternalError };
            }
        };
        rpc.AddLocalRpcMethod(guarded.Method, guarded.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });
    }

    private void RequestWithoutParams(string method, Func<object?> handler)
    {
        Func<CancellationToken, object?> guarded = _ =>
        {
            Admit(method, beforeInitialize: false);
            return handler();
        };
        rpc.AddLocalRpcMethod(guarded.Method, guarded.Target, new JsonRpcMethodAttribute(method));
    }

    private void Notification<TParams>(string method, JsonTypeInfo<TParams> type, Action<TParams> handler)
    {
        var guarded = (JsonElement json = default) =>
        {
            // Before initialize, and after shutdown, notifications are dropped, as the specification says.
            if (state == ServerState.Running && !shutdownRequested)
            {
                Safely(method, () =>
                {
                    if (Read(method, json, type) is { } parameters)
                    {
                        handler(parameters);
                    }
                });
            }
        };
        rpc.AddLocalRpcMethod(guarded.Method, guarded.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });
    }

    private void NotificationWithoutParams(string method, Action handler) =>
        rpc.AddLocalRpcMethod(method, handler);

    /// <summary>The params of <paramref name="method"/> as <typeparamref name="TParams"/>; null for a JSON <c>null</c>.</summary>
    /// <exception cref="LocalRpcException">They are of another shape (<c>InvalidParams</c>); the message names where, not what was sent.</exception>
    private static TParams? Read<TParams>(string method, JsonElement json, JsonTypeInfo<TParams> type)
    {
        try
        {
            return json.ValueKind == JsonValueKind.Undefined ? default : json.Deserialize(type);
        }
        catch (JsonException exception)
        {
            throw new LocalRpcException($"{method}: params of the wrong shape at {exception.Path ?? "$"}") { ErrorCode = LspErrorCodes.InvalidParams };
        }
    }

    private void Admit(string method, bool beforeInitialize)
    {
        if (shutdownRequested)
        {
            throw new LocalRpcException($"{method}: the server is shutting down") { ErrorCode = LspErrorCodes.InvalidRequest };
        }

        if (beforeInitialize ? state != ServerState.Created : state == ServerState.Created)
        {
            throw beforeInitialize
                ? new LocalRpcException("initialize was already sent") { ErrorCode = LspErrorCodes.InvalidRequest }
                : new LocalRpcException($"{method}: initialize first") { ErrorCode = LspErrorCodes.ServerNotInitialized };
        }
    }

    // A notification has no reply to carry an error: a defect is logged to the client and the session goes on.
    private void Safely(string method, Action action)
    {
        try
        {
            action();
        }
        catch (LocalRpcException refused)
        {
            Log(MessageType.Warning, $"din: {refused.Message}; the notification was ignored");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log(MessageType.Error, $"din: {method} failed: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private InitializeResult Initialize(InitializeParams parameters, CancellationToken cancellation)
    {
        Encoding = PositionEncodings.Negotiate(parameters.Capabilities?.General?.PositionEncodings);
        clientAnswersConfiguration = parameters.Capabilities?.Workspace?.Configuration == true;
        if (parameters.InitializationOptions is { ValueKind: JsonValueKind.Object } initial)
        {
            clientSettings = LspSettings.Read(initial, out _);
        }

        state = ServerState.Running;
        return new InitializeResult(
            new ServerCapabilities(
                Encoding.Name(),
                new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental, new SaveOptions(IncludeText: true)),
                new CodeActionOptions([CodeActionKind.QuickFix, CodeActionKind.SourceFixAll]),
                DocumentFormattingProvider: true,
                HoverProvider: true,
                new CompletionOptions([" ", "-", "="])),
            new ServerInfo(ToolInfo.Name, ToolInfo.Version));
    }

    private void OnInitialized()
    {
        if (clientAnswersConfiguration)
        {
            RefreshSettingsLater();
        }
    }

    // Asked for without waiting: the answer comes through the message loop, which must not be held for it.
    private void RefreshSettingsLater() => _ = RefreshSettingsAsync();

    private object? Shutdown()
    {
        shutdownRequested = true;
        foreach (var waiting in pending.Values)
        {
            waiting.Cancel();
        }

        return null;
    }

    private void Exit()
    {
        exited = true;
        exitReceived.TrySetResult();
        _ = Task.Run(rpc.Dispose);
    }

    private void DidOpen(DidOpenTextDocumentParams parameters)
    {
        var item = parameters.TextDocument;
        OpenDocument document;
        lock (settingsGate)
        {
            document = new OpenDocument(item.Uri, item.Version, item.Text, SettingsFor(item.Uri));
            Documents.Set(document);
        }

        Schedule(document);
    }

    private void DidChange(DidChangeTextDocumentParams parameters)
    {
        var identifier = parameters.TextDocument;
        var changed = Documents.Update(identifier.Uri, document =>
            document.WithText(identifier.Version, TextChanges.Apply(document.Text, parameters.ContentChanges, Encoding)));
        if (changed is null)
        {
            Log(MessageType.Warning, $"din: a change to {identifier.Uri}, which is not open, was ignored");
            return;
        }

        Schedule(changed);
    }

    private void DidSave(DidSaveTextDocumentParams parameters)
    {
        // The configuration beside the file may have changed with it: its settings are read again.
        var uri = parameters.TextDocument.Uri;
        OpenDocument? saved;
        lock (settingsGate)
        {
            var settings = SettingsFor(uri);
            saved = Documents.Update(uri, document => parameters.Text is { } text
                ? new OpenDocument(uri, document.Version, text, settings)
                : document.WithSettings(settings));
        }

        if (saved is not null)
        {
            Schedule(saved);
        }
    }

    private void DidClose(DidCloseTextDocumentParams parameters)
    {
        var uri = parameters.TextDocument.Uri;
        if (pending.TryRemove(uri, out var waiting))
        {
            waiting.Cancel();
        }

        if (Documents.Remove(uri))
        {
            publications.Writer.TryWrite(new Publication(uri, null, []));
        }
    }

    private CodeAction[] CodeActions(CodeActionParams parameters, CancellationToken cancellation) =>
        Documents.Find(parameters.TextDocument.Uri) is { } document
            ? Lsp.CodeActions.For(document, parameters, new LineMap(document.Text, Encoding))
            : [];

    private Protocol.TextEdit[] Formatting(DocumentFormattingParams parameters, CancellationToken cancellation)
    {
        var document = Documents.Find(parameters.TextDocument.Uri)
            ?? throw new LocalRpcException($"{parameters.TextDocument.Uri} is not open") { ErrorCode = LspErrorCodes.RequestFailed };
        return DocumentFormatter.Format(document, Encoding, cancellation);
    }

    private Hover? HoverAt(TextDocumentPositionParams parameters, CancellationToken cancellation) =>
        Documents.Find(parameters.TextDocument.Uri) is { } document
            ? Hovers.At(document, new LineMap(document.Text, Encoding), parameters.Position)
            : null;

    private CompletionList CompletionAt(TextDocumentPositionParams parameters, CancellationToken cancellation) =>
        Documents.Find(parameters.TextDocument.Uri) is { } document
            ? Completions.At(document, new LineMap(document.Text, Encoding), parameters.Position)
            : new CompletionList(false, []);

    /// <summary>
    /// Computes the document's diagnostics after the debounce, off the message loop. A newer change cancels
    /// the wait of an older one, and the publisher drops any result whose text is no longer current.
    /// </summary>
    private void Schedule(OpenDocument document)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
        if (pending.TryGetValue(document.Uri, out var previous))
        {
            previous.Cancel();
        }

        pending[document.Uri] = cancellation;
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(options.Debounce, cancellation.Token).ConfigureAwait(false);
                if (!Documents.IsCurrent(document))
                {
                    return;
                }

                var diagnostics = DiagnosticConversion.ToLsp(document.Diagnostics, new LineMap(document.Text, Encoding));
                cancellation.Token.ThrowIfCancellationRequested();
                publications.Writer.TryWrite(new Publication(document.Uri, document, diagnostics));
            }
            catch (OperationCanceledException)
            {
                // A newer version, a close or the end of the session took over.
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Log(MessageType.Error, $"din: diagnostics of {document.Uri} failed: {exception.GetType().Name}: {exception.Message}");
            }
            finally
            {
                pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(document.Uri, cancellation));
                cancellation.Dispose();
            }
        });
    }

    // One writer, so that the check that a result is current and its sending are never overtaken by an older result.
    // The parameter object is serialized by the formatter, whose resolver is LspJsonContext (see CreateFormatter):
    // its type is generated there, so nothing is reflected over, in the native binary either.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The parameter type is in LspJsonContext.")]
    private async Task PublishAsync()
    {
        try
        {
            await foreach (var publication in publications.Reader.ReadAllAsync(stopping.Token).ConfigureAwait(false))
            {
                var current = publication.Document is { } document ? Documents.IsCurrent(document) : Documents.Find(publication.Uri) is null;
                if (!current)
                {
                    continue;
                }

                await rpc.NotifyWithParameterObjectAsync(
                    "textDocument/publishDiagnostics",
                    new PublishDiagnosticsParams(publication.Uri, publication.Document?.Version, publication.Diagnostics)).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or ConnectionLostException)
        {
            // The session ended.
        }
    }

    /// <summary>
    /// New settings. A client that answers <c>workspace/configuration</c> is asked for them, whatever the notification
    /// carries: its answer is the one for the section as it stands. One that does not (Neovim 0.7 among them) pushes
    /// them in the notification (<c>{ "settings": { "din": { ... } } }</c>), and they are read from there.
    /// </summary>
    private void DidChangeConfiguration(DidChangeConfigurationParams parameters)
    {
        if (!clientAnswersConfiguration
            && parameters.Settings is { ValueKind: JsonValueKind.Object } settings
            && settings.TryGetProperty(LspSettings.Section, out var section) && section.ValueKind == JsonValueKind.Object)
        {
            ApplySettings(section);
            return;
        }

        RefreshSettingsLater();
    }

    // The parameter object is serialized by the formatter, whose resolver is LspJsonContext (see CreateFormatter):
    // its type is generated there, so nothing is reflected over, in the native binary either.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The parameter type is in LspJsonContext.")]
    private async Task RefreshSettingsAsync()
    {
        if (!clientAnswersConfiguration)
        {
            return;
        }

        try
        {
            var answer = await rpc.InvokeWithParameterObjectAsync<JsonElement>(
                "workspace/configuration",
                new ConfigurationParams([new ConfigurationItem(null, LspSettings.Section)]),
                stopping.Token).ConfigureAwait(false);
            if (answer is { ValueKind: JsonValueKind.Array } && answer.GetArrayLength() > 0)
            {
                ApplySettings(answer[0]);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log(MessageType.Warning, $"din: workspace/configuration failed: {exception.Message}");
        }
    }

    /// <summary>Takes the client's <c>din</c> section as its settings, and checks every open document with them again.</summary>
    private void ApplySettings(JsonElement section)
    {
        string? problem;
        lock (settingsGate)
        {
            clientSettings = LspSettings.Read(section, out problem);
        }

        if (problem is not null)
        {
            Log(MessageType.Warning, $"din: settings: {problem}");
        }

        foreach (var document in Documents.All())
        {
            OpenDocument? updated;
            lock (settingsGate)
            {
                var settings = SettingsFor(document.Uri);
                updated = Documents.Update(document.Uri, current => current.WithSettings(settings));
            }

            if (updated is not null)
            {
                Schedule(updated);
            }
        }
    }

    /// <summary>
    /// The settings of a document: the <c>.dinlint.json</c> that applies to its file, then the client's settings over it,
    /// as the command line's are over a file's. A document that is not a file gets the defaults and the client's settings.
    /// </summary>
    private FileSettings SettingsFor(string uri)
    {
        var explicitSettings = clientSettings;
        if (LspSettings.PathOf(uri) is { } path)
        {
            var lookup = new LintConfigFinder(null, explicitSettings).SettingsFor(path);
            if (lookup.Settings is { } settings)
            {
                return settings;
            }

            Log(MessageType.Error, $"din: {string.Join("; ", lookup.Problems.Select(problem => problem.Format(lookup.ConfigPath!)))}; the defaults apply");
        }

        return FileSettings.Resolve(null, [], explicitSettings);
    }

    // The parameter object is serialized by the formatter, whose resolver is LspJsonContext (see CreateFormatter):
    // its type is generated there, so nothing is reflected over, in the native binary either.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The parameter type is in LspJsonContext.")]
    private void Log(int type, string message)
    {
        if (rpc.IsDisposed)
        {
            return;
        }

        _ = rpc.NotifyWithParameterObjectAsync("window/logMessage", new LogMessageParams(type, message)).ContinueWith(
            static task => _ = task.Exception, TaskScheduler.Default);
    }

    private enum ServerState
    {
        Created,
        Running,
    }

    private sealed record Publication(string Uri, OpenDocument? Document, Protocol.Diagnostic[] Diagnostics);
}
