using System.Collections.Immutable;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DinActions.Cli.Configuration;
using DinActions.Cli.Lsp;
using DinActions.Cli.Lsp.Protocol;

namespace DinActions.Benchmarks;

/// <summary>
/// Where <see cref="LspBenchmarks.ChangeToDiagnostics"/> spends its time, step by step and without the pipe, on the
/// same 10,000-line document: the library's validation of the whole text (what a change makes the server compute),
/// the conversion of its diagnostics to the protocol's (ranges through a line map), and the serialization of the
/// <c>publishDiagnostics</c> that carries them.
/// </summary>
[MemoryDiagnoser]
public class LspDiagnosticsBenchmarks
{
    private string text = string.Empty;
    private ValidationOptions options = null!;
    private ImmutableArray<DinActions.Diagnostic> diagnostics;
    private PublishDiagnosticsParams publication = null!;

    /// <summary>Builds the document and its diagnostics once, under the options an unsaved document gets.</summary>
    [GlobalSetup]
    public void Setup()
    {
        text = LspBenchmarks.ServedDocument();
        options = FileSettings.Resolve(null, [], ExplicitSettings.None).Options;
        diagnostics = ActionScript.Validate(text, options);
        publication = new PublishDiagnosticsParams("untitled:served.log.din", 2, DiagnosticConversion.ToLsp(diagnostics, new LineMap(text, PositionEncoding.Utf16)));
        Console.WriteLine($"// {diagnostics.Length} diagnostics, {Serialize()} bytes of JSON");
    }

    /// <summary><c>ActionScript.Validate</c> of the whole document.</summary>
    [Benchmark]
    public int Validate() => ActionScript.Validate(text, options).Length;

    /// <summary>The diagnostics as the protocol's, with a line map built for the text as the server builds one.</summary>
    [Benchmark]
    public int Convert() => DiagnosticConversion.ToLsp(diagnostics, new LineMap(text, PositionEncoding.Utf16)).Length;

    /// <summary>The <c>publishDiagnostics</c> parameters as JSON (the client reads as much back).</summary>
    [Benchmark]
    public int Serialize() => JsonSerializer.SerializeToUtf8Bytes(publication, LspJsonContext.Default.PublishDiagnosticsParams).Length;
}
