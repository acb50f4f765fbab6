using System.Collections.Immutable;
using DinActions.Cli.Inputs;

namespace DinActions.Cli.Lsp;

/// <summary>
/// The diagnostics of a document whose every line is a document of its own (a log of served actions, under
/// <c>"lines": true</c> or the <c>din.lines</c> setting), as <c>din lint --lines</c> gives them, placed in the whole text.
/// One is kept through the versions of a document: an edit changes a few lines of thousands, and a line's
/// diagnostics depend on nothing but its text and the options, so a version checks only the lines that the one
/// before it did not have.
/// </summary>
/// <remarks>
/// What it remembers is the distinct lines of the latest version it checked, with their diagnostics: memory follows
/// the document, and a line that an edit removed is forgotten at the next version. Versions may be checked at once
/// on two threads (a newer one while an older one finishes); each reads the memory it found and leaves its own, and
/// both are right, since no entry depends on the version it came from.
/// </remarks>
internal sealed class LineDiagnostics(ValidationOptions options)
{
    private readonly ActionValidator validator = new(options);
    private volatile Dictionary<string, ImmutableArray<Diagnostic>> known = new(StringComparer.Ordinal);
    private volatile int linesChecked;

    /// <summary>How many lines the latest call checked, rather than finding them in what it remembered.</summary>
    public int LinesChecked => linesChecked;

    /// <summary>The validator every line is checked with, for the document's other requests (formatting) to share.</summary>
    public ActionValidator Validator => validator;

    /// <summary>How many distinct lines are remembered.</summary>
    public int Remembered => known.Count;

    /// <summary>
    /// The diagnostics of every line of <paramref name="text"/>, split as <c>din lint --lines</c> splits a file (at
    /// <c>\n</c>, <c>\r\n</c> or <c>\r</c>, with no empty line after a last break), each placed on its line and at its
    /// offset in the whole text.
    /// </summary>
    public ImmutableArray<Diagnostic> Validate(string text)
    {
        var before = known.GetAlternateLookup<ReadOnlySpan<char>>();
        var now = new Dictionary<string, ImmutableArray<Diagnostic>>(known.Count, StringComparer.Ordinal);
        var seen = now.GetAlternateLookup<ReadOnlySpan<char>>();
        var placed = ImmutableArray.CreateBuilder<Diagnostic>();
        var (lineNumber, lineOffset, checkedLines) = (0, 0, 0);
        var lines = LineSplitter.Of(new StringReader(text));
        while (lines.TryRead(out var line, out var breakLength))
        {
            lineNumber++;
            if (!seen.TryGetValue(line, out var diagnostics))
            {
                // The string kept from the version before is kept again: an unchanged line costs no new string.
                if (before.TryGetValue(line, out var kept, out diagnostics))
                {
                    now.Add(kept, diagnostics);
                }
                else
                {
                    var lineText = line.ToString();
                    diagnostics = validator.Validate(lineText);
                    now.Add(lineText, diagnostics);
                    checkedLines++;
                }
            }

            foreach (var diagnostic in diagnostics)
            {
                placed.Add(LineDiagnostic.Place(diagnostic, lineNumber, lineOffset));
            }

            lineOffset += line.Length + breakLength;
        }

        known = now;
        linesChecked = checkedLines;
        return placed.DrainToImmutable();
    }
}
