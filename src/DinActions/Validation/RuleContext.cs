using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation;

/// <summary>What a rule sees while it runs: the text, the options, and where to report.</summary>
/// <remarks>A struct passed by reference, so that validating a valid script allocates nothing at all.</remarks>
internal struct RuleContext(BoundScript script, ValidationOptions options, NumberingPlanMemo? numberingPlan)
{
    // Allocated on the first report, so a valid script is validated without allocating a list.
    private List<Diagnostic>? diagnostics;

    /// <summary>The script being validated, as the binder left it.</summary>
    public readonly BoundScript Script { get; } = script;

    public readonly SyntaxTree Tree => Script.Tree;

    public readonly string Text => Script.Text;

    public readonly ValidationOptions Options { get; } = options;

    /// <summary>The numbering-plan answers that the caller's validator keeps; null for a validation on its own.</summary>
    public readonly NumberingPlanMemo? NumberingPlan { get; } = numberingPlan;

    /// <summary>The rule being run; its descriptor gives every report its code.</summary>
    public Rule? Current { get; private set; }

    /// <summary>The severity the current rule reports at: its default, unless the options say otherwise.</summary>
    public DiagnosticSeverity Severity { get; private set; }

    public readonly bool HasDiagnostics => diagnostics is { Count: > 0 };

    // What several rules read of the same token, worked out once per validation: the numbers of a
    // transfer (five rules), the language of a say (three), the URL of a playback (three).
    private Remembered<NumberAnalysis> firstNumber;
    private Remembered<NumberAnalysis> secondNumber;
    private Remembered<TtsLanguage?> language;
    private Remembered<PlainUrl> url;

    /// <summary>What the number written at <paramref name="span"/> is made of.</summary>
    public NumberAnalysis NumberAt(SourceSpan span)
    {
        if (firstNumber.IsFor(span))
        {
            return firstNumber.Value;
        }

        if (secondNumber.IsFor(span))
        {
            return secondNumber.Value;
        }

        var analysis = NumberAnalysis.Of(TextOf(span));
        if (!firstNumber.IsKnown)
        {
            firstNumber = new(span, analysis);
        }
        else
        {
            secondNumber = new(span, analysis);
        }

        return analysis;
    }

    /// <summary>The language of the catalog whose code is written at <paramref name="span"/>, if any.</summary>
    public TtsLanguage? LanguageAt(SourceSpan span)
    {
        if (!language.IsFor(span))
        {
            language = new(span, Options.Languages.Find(TextOf(span)));
        }

        return language.Value;
    }

    /// <summary>
    /// Reads the URL at <paramref name="span"/> as <see cref="PlaybackUrl.TryReadPlain"/> does; false when
    /// it is not a plain URL, and the rules parse it with <see cref="Uri"/>.
    /// </summary>
    public bool TryReadPlainUrl(SourceSpan span, out ReadOnlySpan<char> host, out ReadOnlySpan<char> path)
    {
        var text = TextOf(span);
        if (!url.IsFor(span))
        {
            url = new(span, PlaybackUrl.TryReadPlain(text, out host, out path)
                ? new PlainUrl(true, RangeIn(text, host), RangeIn(text, path))
                : default);
        }

        host = url.Value.IsPlain ? text[url.Value.Host] : default;
        path = url.Value.IsPlain ? text[url.Value.Path] : default;
        return url.Value.IsPlain;
    }

    private static Range RangeIn(ReadOnlySpan<char> text, ReadOnlySpan<char> part)
    {
        var start = part.IsEmpty ? 0 : text.Overlaps(part, out var offset) ? offset : 0;
        return new Range(start, start + part.Length);
    }

    /// <summary>
    /// <paramref name="span"/> with the blanks before it, so that a fix removing it leaves no double or
    /// trailing blank.
    /// </summary>
    public readonly SourceSpan WithLeadingBlanks(SourceSpan span)
    {
        var start = span.Offset;
        while (start > 0 && SyntaxFacts.IsBlank(Text[start - 1]))
        {
            start--;
        }

        return new SourceSpan(start, span.End - start, span.Line, span.Column - (span.Offset - start));
    }

    public readonly ReadOnlySpan<char> TextOf(SourceSpan span) => Text.AsSpan(span.Offset, span.Length);

    public readonly string StringOf(SourceSpan span) => Text.Substring(span.Offset, span.Length);

    /// <summary>Makes <paramref name="rule"/> the one whose reports follow, at <paramref name="severity"/>.</summary>
    public void Run(Rule? rule, DiagnosticSeverity severity)
    {
        Current = rule;
        Severity = severity;
    }

    /// <summary>Reports a problem of the current rule.</summary>
    public void Report(SourceSpan span, string message, Fix? fix = null)
    {
        var descriptor = (Current ?? throw new InvalidOperationException("No rule is running.")).Descriptor;
        (diagnostics ??= []).Add(new Diagnostic(descriptor.Code, Severity, span, message, fix));
    }

    /// <summary>
    /// Reports each of <paramref name="characters"/> found in <paramref name="span"/> on its own, with a fix
    /// that replaces it by <paramref name="replacement"/>.
    /// </summary>
    public void ReportEach(SourceSpan span, SearchValues<char> characters, Func<char, string> message, string fixTitle, string replacement)
    {
        var text = TextOf(span);
        var searched = 0;
        while (text[searched..].IndexOfAny(characters) is var found and >= 0)
        {
            var index = searched + found;
            searched = index + 1;
            var at = span with { Offset = span.Offset + index, Column = span.Column + index, Length = 1 };
            Report(at, message(text[index]), Replace(fixTitle, at, replacement));
        }
    }

    /// <summary>A fix that replaces <paramref name="span"/> with <paramref name="newText"/>.</summary>
    public static Fix Replace(string title, SourceSpan span, string newText) => new(title, new TextEdit(span, newText));

    private static int Compare(Diagnostic a, Diagnostic b)
    {
        var byOffset = a.Span.Offset.CompareTo(b.Span.Offset);
        return byOffset != 0 ? byOffset : string.CompareOrdinal(a.Code, b.Code);
    }

    public readonly ImmutableArray<Diagnostic> ToSortedDiagnostics()
    {
        if (diagnostics is null)
        {
            return [];
        }

        // A stable order: by position, then code, then the order of reporting. A line has few diagnostics: an
        // insertion sort orders them without the allocations of a LINQ ordering, which a long script needs
        // to stay O(n log n).
        if (diagnostics.Count > 16)
        {
            var ordered = diagnostics.OrderBy(static diagnostic => diagnostic.Span.Offset).ThenBy(static diagnostic => diagnostic.Code, StringComparer.Ordinal).ToArray();
            FixConflicts.Resolve(ordered);
            return ImmutableCollectionsMarshal.AsImmutableArray(ordered);
        }

        var sorted = new Diagnostic[diagnostics.Count];
        for (var count = 0; count < sorted.Length; count++)
        {
            var diagnostic = diagnostics[count];
            var at = count;
            while (at > 0 && Compare(sorted[at - 1], diagnostic) > 0)
            {
                sorted[at] = sorted[at - 1];
                at--;
            }

            sorted[at] = diagnostic;
        }

        FixConflicts.Resolve(sorted);
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }
}

/// <summary>A value worked out for the token at <see cref="Span"/>.</summary>
internal readonly record struct Remembered<T>(SourceSpan Span, T Value)
{
    public bool IsKnown { get; } = true;

    public bool IsFor(SourceSpan span) => IsKnown && Span.Offset == span.Offset && Span.Length == span.Length;
}

/// <summary>Where the host and the path of a plain URL are in its text.</summary>
internal readonly record struct PlainUrl(bool IsPlain, Range Host, Range Path);
