namespace DinActions;

/// <summary>Replace the text under <see cref="Span"/> with <see cref="NewText"/>.</summary>
/// <param name="Span">The text to replace; a zero-length span inserts.</param>
/// <param name="NewText">The replacement.</param>
public sealed record TextEdit(SourceSpan Span, string NewText);
