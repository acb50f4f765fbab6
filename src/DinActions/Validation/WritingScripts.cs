namespace DinActions.Validation;

/// <summary>Which writing system a letter belongs to; digits, punctuation, symbols and emoji belong to none.</summary>
internal static class WritingScripts
{
    /// <summary>The script of <paramref name="c"/>, or null when it is not a letter.</summary>
    public static WritingScript? Of(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) ? WritingScript.Latin : null;
        }

        return c switch
        {
            >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F'
                or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF'
                or '\u3005' or '\u3006' => WritingScript.Japanese,
            >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => WritingScript.Hangul,
            >= '\u0400' and <= '\u04FF' => WritingScript.Cyrillic,
            >= '\u0370' and <= '\u03FF' => WritingScript.Greek,
            >= '\u0600' and <= '\u06FF' => WritingScript.Arabic,
            >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => WritingScript.Latin,
            _ when char.IsLetter(c) && c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF' => WritingScript.Latin,
            _ when char.IsLetter(c) && !char.IsSurrogate(c) => WritingScript.Other,
            _ => null,
        };
    }
}
