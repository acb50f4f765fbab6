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
        Write(action, builder);
        return builder.ToString();
    }

    /// <summary>Writes the actions one per line, joined by <c>\n</c>, with a final <c>\n</c> only when asked.</summary>
    public static string Emit(IReadOnlyList<DinAction> actions, bool trailingLineBreak)
    {
        var builder = new StringBuilder();
        for (var index = 0; index < actions.Count; index++)
        {
            if (index > 0)
            {
                builder.Append('\n');
            }

            Write(actions[index], builder);
        }

        if (trailingLineBreak && actions.Count > 0)
        {
            builder.Append('\n');
        }

        return builder.ToString();
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

    private static void Write(DinAction action, StringBuilder builder)
    {
        // Actions are built only by the parser and the validating factories, so every value is
        // representable; this guard keeps a defect elsewhere from ever writing a broken or injected line.
        var start = builder.Length;
        WriteUnchecked(action, builder);
        for (var index = start; index < builder.Length; index++)
        {
            var c = builder[index];
            if (char.IsControl(c) || c is '\u2028' or '\u2029' || char.IsSurrogate(c) && !IsPairedSurrogate(builder, index))
            {
                throw new InvalidOperationException(
                    $"Internal error: an action holds U+{(int)c:X4}, which no action line can carry; it was not written.");
            }
        }
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

    private static bool IsPairedSurrogate(StringBuilder builder, int index) =>
        char.IsHighSurrogate(builder[index])
            ? index + 1 < builder.Length && char.IsLowSurrogate(builder[index + 1])
            : index > 0 && char.IsHighSurrogate(builder[index - 1]);

    private static int EstimateLength(DinAction action) => action switch
    {
        SayAction say => say.Text.Length + say.Language.Length + 8,
        VoicemailAction { Greeting: { } greeting } => EstimateLength(greeting) + 10,
        _ => 64,
    };
}
