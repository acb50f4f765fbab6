using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using DinActions.Baselines;
using DinActions.Cli.Lsp;
using DinActions.Cli.Lsp.Protocol;
using Nerdbank.Streams;
using StreamJsonRpc;
using Range = DinActions.Cli.Lsp.Protocol.Range;

namespace DinActions.Benchmarks;

/// <summary>
/// <c>din lsp</c> in process, a client and the server joined by a duplex pipe as the protocol tests join them, on an
/// open document of 10,000 lines of a working server's log (<see cref="ServedLog"/>), read as <c>--lines</c> reads it
/// (the <c>din.lines</c> setting). Each
/// invocation is one round trip as an editor sees it: a one-character edit (incremental <c>didChange</c>) until the
/// diagnostics of that version arrive, a hover on a number, a completion at the start of a line. The server is
/// started, initialized and given the document once per case, in the setup.
/// </summary>
/// <remarks>
/// <see cref="DebounceMilliseconds"/> is the pause the server waits after a change before it diagnoses: 0 gives the
/// server's own time, the default (<see cref="LanguageServerOptions.Default"/>) gives what a user waits for.
/// Every wait is bounded, so a server that stops answering fails the case instead of hanging the run.
/// </remarks>
[MemoryDiagnoser]
public class LspBenchmarks
{
    private const string Uri = "untitled:served.log.din";
    private const int DocumentLines = 10_000;

    // The line that is edited and hovered: a transfer in the middle of the log, its number's last digit typed over.
    private const int EditedLine = DocumentLines / 2;
    private const string EditedText = "transfer +81662345678 --caller=+819012345678";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private static readonly JsonElement LinesSetting = JsonDocument.Parse("""{ "lines": true }""").RootElement.Clone();

    // The last digit of the transfer's number ("transfer +8166234567" is 20 characters), typed over with 8 or 9.
    private static readonly Range LastDigit = new(new Position(EditedLine, 20), new Position(EditedLine, 21));

    private readonly Channel<PublishDiagnosticsParams> published = Channel.CreateUnbounded<PublishDiagnosticsParams>();
    private LanguageServer? server;
    private JsonRpc? client;
    private Task<int>? running;
    private int version;

    /// <summary>The debounces measured: none, and the server's default.</summary>
    public static IEnumerable<int> Debounces => [0, (int)LanguageServerOptions.Default.Debounce.TotalMilliseconds];

    /// <summary>How long the server waits after a change before it computes the diagnostics.</summary>
    [ParamsSource(nameof(Debounces))]
    public int DebounceMilliseconds { get; set; }

    /// <summary>Starts the server, initializes it, opens the log and waits for its first diagnostics.</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    /// <summary>Shuts the server down and exits, as a client leaving does.</summary>
    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    /// <summary>One character of one line typed over, until the diagnostics of that version are published.</summary>
    [Benchmark]
    public async Task<int> ChangeToDiagnostics()
    {
        version++;
        var digit = version % 2 == 0 ? "8" : "9";
        await client!.NotifyWithParameterObjectAsync(
            "textDocument/didChange",
            new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(Uri, version), [new TextDocumentContentChangeEvent(LastDigit, digit)]));
        return (await DiagnosticsOf(version)).Diagnostics.Length;
    }

    /// <summary>A hover on the edited transfer's number: its country and kind.</summary>
    [Benchmark]
    public async Task<int> HoverOnNumber()
    {
        var hover = await Request<Hover?>("textDocument/hover", At(EditedLine, 12));
        return hover?.Contents.Value.Length ?? 0;
    }

    /// <summary>A completion at the start of the line after the edited one: the action names.</summary>
    [Benchmark]
    public async Task<int> CompletionAtLineStart()
    {
        var list = await Request<CompletionList>("textDocument/completion", At(EditedLine + 1, 0));
        return list.Items.Length;
    }

    private static TextDocumentPositionParams At(int line, int character) => new(new TextDocumentIdentifier(Uri), new Position(line, character));

    /// <summary>The open document: 10,000 served lines, the edited transfer in the middle.</summary>
    internal static string ServedDocument()
    {
        var log = new ServedLog(seed: 42);
        var text = new StringBuilder();
        for (var line = 0; line < DocumentLines; line++)
        {
            text.Append(line == EditedLine ? EditedText : log.NextLine()).Append('\n');
        }

        return text.ToString();
    }

    private async Task SetupAsync()
    {
        var (serverSide, clientSide) = FullDuplexStream.CreatePair();
        server = new LanguageServer(serverSide, serverSide, new LanguageServerOptions(TimeSpan.FromMilliseconds(DebounceMilliseconds)));
        client = new JsonRpc(new HeaderDelimitedMessageHandler(clientSide, clientSide, LspJsonContext.CreateFormatter()));
        Action<PublishDiagnosticsParams> onDiagnostics = diagnostics => published.Writer.TryWrite(diagnostics);
        client.AddLocalRpcMethod(onDiagnostics.Method, onDiagnostics.Target, new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
        client.StartListening();
        running = server.RunAsync();

        // The log is read as logs are, a line at a time (din.lines, as "lines": true in a .dinlint.json would say).
        var capabilities = new ClientCapabilities(new GeneralClientCapabilities(null), new WorkspaceClientCapabilities(false));
        await Request<InitializeResult>("initialize", new InitializeParams(null, capabilities, null) { InitializationOptions = LinesSetting });
        await client.NotifyWithParameterObjectAsync("initialized", new EmptyParams());
        version = 1;
        await client.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(Uri, "din", version, ServedDocument())));
        var opened = await DiagnosticsOf(version);

        // What each case stands on, checked once: a case that measured an empty answer would measure nothing.
        var hover = await HoverOnNumber();
        var completions = await CompletionAtLineStart();
        if (hover == 0 || completions == 0)
        {
            throw new InvalidOperationException($"The server answered a hover of {hover} characters and {completions} completions.");
        }

        Console.WriteLine($"// {DocumentLines} lines, {opened.Diagnostics.Length} diagnostics on open, hover of {hover} characters, {completions} completions");
    }

    private async Task CleanupAsync()
    {
        if (client is null || running is null)
        {
            return;
        }

        await Request<JsonElement>("shutdown", null);
        await client.NotifyAsync("exit");
        await running.WaitAsync(Bound);
        client.Dispose();
        server?.Dispose();
    }

    private async Task<T> Request<T>(string method, object? parameters)
    {
        using var bound = new CancellationTokenSource(Bound);
        return await client!.InvokeWithParameterObjectAsync<T>(method, parameters, bound.Token);
    }

    /// <summary>The diagnostics published for <paramref name="wanted"/>, skipping older versions; within <see cref="Bound"/>.</summary>
    private async Task<PublishDiagnosticsParams> DiagnosticsOf(int wanted)
    {
        using var bound = new CancellationTokenSource(Bound);
        while (true)
        {
            var diagnostics = await published.Reader.ReadAsync(bound.Token);
            if (diagnostics.Uri == Uri && diagnostics.Version == wanted)
            {
                return diagnostics;
            }
        }
    }
}
