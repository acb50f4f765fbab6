namespace DinActions;

/// <summary>A machine-applicable fix: one edit that resolves the diagnostic it belongs to.</summary>
/// <param name="Title">What the fix does, in a few words (<c>Replace with `say`</c>).</param>
/// <param name="Edit">The edit to apply to the source text.</param>
public sealed record Fix(string Title, TextEdit Edit)
{
    /// <summary>Applies the edit to <paramref name="source"/>, the text the diagnostic was reported on.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The edit's span lies outside <paramref name="source"/>.</exception>
    public string ApplyTo(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var span = Edit.Span;
        if (span.Offset < 0 || span.Length < 0 || span.End > source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(source), "The fix does not belong to this text: its span lies outside it.");
        }

        return string.Concat(source.AsSpan(0, span.Offset), Edit.NewText, source.AsSpan(span.End));
    }
}
