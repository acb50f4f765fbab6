using System.Collections.Immutable;
using DinActions.Diagnostics;
using DinActions.Syntax;

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
        return Checked(string.Create(LengthOf(action), action, static (destination, action) => Write(action, destination)));
    }

    /// <summary>Writes the actions one per line, joined by <c>\n</c>, with a final <c>\n</c> only when asked.</summary>
    /// <remarks>The length is counted first, so the text is written once into a string of its exact size: no builder, no copies.</remarks>
    public static string Emit(ImmutableArray<DinAction> actions, bool trailingLineBreak) => Emit(actions, trailingLineBreak, check: true);

    /// <summary>
    /// Writes candidate actions without the check, only so that the round trip can read them back and refuse
    /// what is no action; never returned to a caller as action text.
    /// </summary>
    internal static string EmitUnchecked(ImmutableArray<DinAction> actions) => Emit(actions, trailingLineBreak: false, check: false);

    private static string Emit(ImmutableArray<DinAction> actions, bool trailingLineBreak, bool check)
    {
        var length = trailingLineBreak && actions.Length > 0 ? 1 : 0;
        for (var index = 0; index < actions.Length; index++)
        {
            length += LengthOf(actions[index]) + (index > 0 ? 1 : 0);
        }

        return string.Create(length, (actions, check), static (destination, state) =>
        {
            var (actions, check) = state;
            var written = 0;
            for (var index = 0; index < actions.Length; index++)
            {
                if (index > 0)
                {
                    destination[written++] = '\n';
                }

                var line = destination[written..];
                var lineLength = Write(actions[index], line);
                if (check)
                {
                    Check(line[..lineLength]);
                }

                written += lineLength;
            }

            if (written < destination.Length)
            {
                destination[written] = '\n';
            }
        });
    }

    // Actions are built only by the parser and the validating factories, so every value is
    // representable; this guard keeps a defect elsewhere from ever writing a broken or injected line.
    private static string Checked(string text)
    {
        Check(text);
        return text;
    }

    private static void Check(ReadOnlySpan<char> text)
    {
        if (LineCharacters.IndexOfForbidden(text) is var index and >= 0)
        {
            throw new InvalidOperationException(
                $"Internal error: an action holds {PrintableText.CodePoint(text[index])}, which no action line can carry; it was not written.");
        }
    }

    /// <summary>The length of the action's canonical line: what <see cref="Write"/> writes.</summary>
    private static int LengthOf(DinAction action) => action switch
    {
        PlaybackAction playback => PlaybackPrefix.Length + playback.Url.Length,
        TransferAction transfer => TransferPrefix.Length + transfer.Target.Length
            + (transfer.Caller is { } caller ? CallerOption.Length + caller.Length : 0),
        SayAction say => SayPrefix.Length + say.Language.Length + 1 + SyntaxFacts.QuotedLength(say.Text),
        VoicemailAction voicemail => Voicemail.Length + (voicemail.Greeting is { } greeting ? 1 + LengthOf(greeting) : 0),
        _ => throw new ArgumentException($"Unknown action type {action.GetType().Name}.", nameof(action)),
    };

    /// <summary>Writes the action's canonical line at the start of <paramref name="destination"/>; returns how many characters.</summary>
    private static int Write(DinAction action, Span<char> destination)
    {
        var writer = new SpanWriter(destination);
        switch (action)
        {
            case PlaybackAction playback:
                writer.Append(PlaybackPrefix);
                writer.Append(playback.Url);
                break;
            case TransferAction transfer:
                writer.Append(TransferPrefix);
                writer.Append(transfer.Target);
                if (transfer.Caller is { } caller)
                {
                    writer.Append(CallerOption);
                    writer.Append(caller);
                }

                break;
            case SayAction say:
                writer.Append(SayPrefix);
                writer.Append(say.Language);
                writer.Append(" ");
                writer.Advance(SyntaxFacts.WriteQuoted(say.Text, writer.Rest));
                break;
            case VoicemailAction voicemail:
                writer.Append(Voicemail);
                if (voicemail.Greeting is { } greeting)
                {
                    writer.Append(" ");
                    writer.Advance(Write(greeting, writer.Rest));
                }

                break;
            default:
                throw new ArgumentException($"Unknown action type {action.GetType().Name}.", nameof(action));
        }

        return writer.Written;
    }

    private const string PlaybackPrefix = "playback ";
    private const string TransferPrefix = "transfer ";
    private const string CallerOption = " --caller=";
    private const string SayPrefix = "say ";
    private const string Voicemail = "voicemail";

    /// <summary>Appends to a span that is known to be long enough.</summary>
    private ref struct SpanWriter(Span<char> destination)
    {
        private readonly Span<char> destination = destination;

        public int Written { get; private set; }

        public readonly Span<char> Rest => destination[Written..];

        public void Append(ReadOnlySpan<char> text)
        {
            text.CopyTo(destination[Written..]);
            Written += text.Length;
        }

        public void Advance(int count) => Written += count;
    }
}
