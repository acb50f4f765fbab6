using System.Text;

namespace DinActions.Emit;

/// <summary>
/// Writes the one canonical form of actions: single spaces, <c>--caller=</c> after the number, text in
/// double quotes with <c>\"</c> and <c>\\</c> escaped, <c>\n</c> between lines. The only code that
/// produces action text, so formatting, building and serving all agree.
/// </summary>
internal static class Emitter
{
    /// <summary>Writes one action as a canonical line, without a line break.</summary>
    public static string Emit(DinAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var builder = new StringBuilder(EstimateLength(action));
        WriteUnchecked(action, builder);
        return Checked(builder.ToString());
    }

    /// <summary>Writes the actions one per line, joined by <c>\n</c>, with a final <c>\n</c> only when asked.</summary>
    public static string Emit(IReadOnlyList<DinAction> actions, bool trailingLineBreak)
    {
        var lines = string.Join('\n', actions.Select(Emit));
        return trailingLineBreak && actions.Count > 0 ? lines + "\n" : lines;
    }

    /// <summary>
    /// Writes a candidate action without any check, only so that the validator can read it back and
    /// decide whether it is an action at all; never returned to a caller as action text.
    /// </summary>
    internal static string EmitUnchecked(DinAction action)
    {
        var builder = new StringBuilder(EstimateLength(action));
        WriteUnchecked(action, builder);
        return builder.ToString();
    }

    // Actions are built only by the parser and the validating factories, so every value is
    // representable; this guard keeps a defect elsewhere from ever writing a broken or injected line.
    // It reads the finished string, not the builder: indexing a large builder walks its chunks.
    private static string Checked(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
                continue;
            }

            if (char.IsControl(c) || c is '\u2028' or '\u2029' || char.IsSurrogate(c))
            {
                throw new InvalidOperationException(
                    $"Internal error: an action holds U+{(int)c:X4}, which no action line can carry; it was not written.");
            }
        }

        return text;
    }

    private static void WriteUnchecked(DinAction action, StringBuilder builder)
    {
        switch (action)
        {
            case PlaybackAction playback:
                builder.Append("playback ").Append(playback.Url);
                break;
            case TransferAction transfer:
                builder.Append("transfer ").Append(transfer.Target);
                if (transfer.Caller is not null)
                {
                    builder.Append(" --caller=").Append(transfer.Caller);
                }

                break;
            case SayAction say:
                builder.Append("say ").Append(say.Language).Append(' ');
                WriteQuoted(say.Text, builder);
                break;
            case VoicemailAction voicemail:
                builder.Append("voicemail");
                if (voicemail.Greeting is not null)
                {
                    builder.Append(' ');
                    WriteUnchecked(voicemail.Greeting, builder);
                }

                break;
            default:
                throw new ArgumentException($"Unknown action type {action.GetType().Name}.", nameof(action));
        }
    }

    /// <summary>Writes text between double quotes, escaping the quote and the backslash and nothing else.</summary>
    internal static void WriteQuoted(ReadOnlySpan<char> text, StringBuilder builder)
    {
        builder.Append('"');
        while (!text.IsEmpty)
        {
            var special = text.IndexOfAny('"', '\\');
            if (special < 0)
            {
                builder.Append(text);
                break;
            }

            builder.Append(text[..special]).Append('\\').Append(text[special]);
            text = text[(special + 1)..];
        }

        builder.Append('"');
    }

    private static int EstimateLength(DinAction action) => action switch
    {
        SayAction say => say.Text.Length + say.Language.Length + 8,
        VoicemailAction { Greeting: { } greeting } => EstimateLength(greeting) + 10,
        _ => 64,
    };
}
