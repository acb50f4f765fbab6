using System.Collections.Immutable;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DinActions.Cli.Configuration;
using DinActions.Cli.Lsp;
using DinActions.Cli.Lsp.Protocol;

namespace DinActions.Benchmarks;

/// <summary>
/// Where <see cref="LspBenchmarks.ChangeToDiagnostics"/> spends its time, step by step and without the pipe, on the
/// same 10,000-line document: its validation as one script (the document's reading without <c>din.lines</c>) and line
/// by line (every line anew, and after a one-line edit, as a change to an open document is checked), the conversion
/// of the script's diagnostics to the protocol's (ranges through a line map), and the serialization of the
/// <c>publishDiagnostics</c> that carries them.
/// </summary>
[MemoryDiagnoser]
public class LspDiagnosticsBenchmarks
{
    private string text = string.Empty;
    private ValidationOptions options = null!;
    private ImmutableArray<DinActions.Diagnostic> diagnostics;
    private PublishDiagnosticsParams publication = null!;
    private LineDiagnostics editedLines = null!;
    private string[] editedTexts = [];
    private int edits;

    /// <summary>Builds the document and its diagnostics once, under the options an unsaved document gets.</summary>
    [GlobalSetup]
    public void Setup()
    {
        text = LspBenchmarks.ServedDocument();
        options = FileSettings.Resolve(null, [], ExplicitSettings.None).Options;
        diagnostics = ActionScript.Validate(text, options);
        publication = new PublishDiagnosticsParams("untitled:served.log.din", 2, DiagnosticConversion.ToLsp(diagnostics, new LineMap(text, PositionEncoding.Utf16)));
        editedLines = new LineDiagnostics(options);
        editedLines.Validate(text);

        // The edited line's number with its last digit typed over, as LspBenchmarks does: two texts, taken in turn.
        var edited = text.IndexOf("transfer +81662345678", StringComparison.Ordinal) + "transfer +8166234567".Length;
        editedTexts = [string.Concat(text.AsSpan(0, edited), "8", text.AsSpan(edited + 1)), string.Concat(text.AsSpan(0, edited), "9", text.AsSpan(edited + 1))];
        Console.WriteLine($"// {diagnostics.Length} diagnostics as one script, {Serialize()} bytes of JSON; {new LineDiagnostics(options).Validate(text).Length} line by line");
    }

    /// <summary><c>ActionScript.Validate</c> of the whole document, as one script.</summary>
    [Benchmark]
    public int Validate() => ActionScript.Validate(text, options).Length;

    /// <summary>Every line of the document checked as a document of its own, with nothing remembered.</summary>
    [Benchmark]
    public int ValidateLines() => new LineDiagnostics(options).Validate(text).Length;

    /// <summary>The lines of the next version, one line edited, with the lines of the version before remembered.</summary>
    [Benchmark]
    public int ValidateLinesAfterEdit() => editedLines.Validate(editedTexts[edits++ % 2]).Length;

    /// <summary>The diagnostics as the protocol's, with a line map built for the text as the server builds one.</summary>
    [Benchmark]
    public int Convert() => DiagnosticConversion.ToLsp(diagnostics, new LineMap(text, PositionEncoding.Utf16)).Length;

    /// <summary>The <c>publishDiagnostics</c> parameters as JSON (the client reads as much back).</summary>
    [Benchmark]
    public int Serialize() => JsonSerializer.SerializeToUtf8Bytes(publication, LspJsonContext.Default.PublishDiagnosticsParams).Length;
}
