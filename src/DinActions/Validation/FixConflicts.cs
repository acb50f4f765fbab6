namespace DinActions.Validation;

/// <summary>
/// Keeps the fixes of one document applicable all at once, as an editor's "fix all" applies them: where two fixes
/// would edit the same characters, the fix of the more severe diagnostic stays and the other diagnostic is kept
/// without its fix. Rules never look at each other's fixes; this is decided once, after all of them have reported.
/// </summary>
internal static class FixConflicts
{
    /// <summary>Drops, in place, each fix that overlaps a fix of a diagnostic at least as severe reported before it.</summary>
    public static void Resolve(Diagnostic[] diagnostics)
    {
        var fixable = 0;
        foreach (var diagnostic in diagnostics)
        {
            fixable += diagnostic.Fix is null ? 0 : 1;
        }

        if (fixable < 2)
        {
            return;
        }

        var byEdit = new int[fixable];
        var next = 0;
        for (var index = 0; index < diagnostics.Length; index++)
        {
            if (diagnostics[index].Fix is not null)
            {
                byEdit[next++] = index;
            }
        }

        // Stable, so that of two equal edits the one reported first is met first.
        Array.Sort(byEdit, (a, b) => CompareEdits(diagnostics, a, b));

        // Sorted by start, an edit can only collide with the last one kept: every earlier one ends before it starts.
        var kept = byEdit[0];
        for (var at = 1; at < byEdit.Length; at++)
        {
            var candidate = byEdit[at];
            if (!Collide(EditOf(diagnostics[kept]), EditOf(diagnostics[candidate])))
            {
                kept = candidate;
                continue;
            }

            if (diagnostics[candidate].Severity > diagnostics[kept].Severity)
            {
                diagnostics[kept] = diagnostics[kept] with { Fix = null };
                kept = candidate;
            }
            else
            {
                diagnostics[candidate] = diagnostics[candidate] with { Fix = null };
            }
        }
    }

    private static SourceSpan EditOf(Diagnostic diagnostic) => diagnostic.Fix!.Edit.Span;

    private static int CompareEdits(Diagnostic[] diagnostics, int a, int b)
    {
        var (first, second) = (EditOf(diagnostics[a]), EditOf(diagnostics[b]));
        var byStart = first.Offset.CompareTo(second.Offset);
        var byLength = first.Length.CompareTo(second.Length);
        return byStart != 0 ? byStart : byLength != 0 ? byLength : a.CompareTo(b);
    }

    // Edits that share a character collide, and so do two insertions at one place (they have no order) and an insertion
    // where a removal ends: it edits what the removal took away (DIN0003 removes a stray `"` that DIN0031 would close).
    // An insertion where a replacement starts goes before it (DIN0010's `+` before DIN0012's ASCII digits).
    private static bool Collide(SourceSpan earlier, SourceSpan later) =>
        later.Offset < earlier.End || (later.Offset == earlier.End && later.Length == 0);
}
