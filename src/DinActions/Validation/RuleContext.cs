using System.Collections.Immutable;
using DinActions.Syntax;

namespace DinActions.Validation;

/// <summary>What a rule sees while it runs: the text, the options, and where to report.</summary>
/// <remarks>A struct passed by reference, so that validating a valid script allocates nothing at all.</remarks>
internal struct RuleContext(SyntaxTree tree, ValidationOptions options)
{
    // Allocated on the first report, so a valid script is validated without allocating a list.
    private List<Diagnostic>? diagnostics;

    public readonly SyntaxTree Tree { get; } = tree;

    public readonly string Text => Tree.Text;

    public readonly ValidationOptions Options { get; } = options;

    /// <summary>The rule being run; its descriptor gives every report its code and severity.</summary>
    public Rule? Current { get; set; }

    public readonly bool HasDiagnostics => diagnostics is { Count: > 0 };

    public readonly ReadOnlySpan<char> TextOf(SourceSpan span) => Text.AsSpan(span.Offset, span.Length);

    public readonly string StringOf(SourceSpan span) => Text.Substring(span.Offset, span.Length);

    /// <summary>Reports a problem of the current rule.</summary>
    public void Report(SourceSpan span, string message, Fix? fix = null)
    {
        var descriptor = (Current ?? throw new InvalidOperationException("No rule is running.")).Descriptor;
        (diagnostics ??= []).Add(new Diagnostic(descriptor.Code, descriptor.DefaultSeverity, span, message, fix));
    }

    /// <summary>A fix that replaces <paramref name="span"/> with <paramref name="newText"/>.</summary>
    public static Fix Replace(string title, SourceSpan span, string newText) => new(title, new TextEdit(span, newText));

    public readonly ImmutableArray<Diagnostic> ToSortedDiagnostics()
    {
        if (diagnostics is null)
        {
            return [];
        }

        diagnostics.Sort(static (a, b) =>
        {
            var byOffset = a.Span.Offset.CompareTo(b.Span.Offset);
            return byOffset != 0 ? byOffset : string.CompareOrdinal(a.Code, b.Code);
        });
        return [.. diagnostics];
    }
}
