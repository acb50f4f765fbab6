using System.Text;

namespace DinActions.Syntax;

/// <summary>Turns an action whose syntax has no error into its value; the roles are known to be filled.</summary>
internal static class AstBuilder
{
    public static DinAction Build(ActionSyntax syntax, string text) => syntax.Kind switch
    {
        ActionKind.Playback => new PlaybackAction(Binder.TextOf(text, syntax.Url!.Value)),
        ActionKind.Transfer => new TransferAction(
            Binder.TextOf(text, syntax.Target!.Value),
            syntax.Caller?.Value is { } caller ? Binder.TextOf(text, caller) : null),
        ActionKind.Say => new SayAction(Binder.TextOf(text, syntax.Language!.Value), Unquote(text, syntax.Text!.Value)),
        ActionKind.Voicemail => new VoicemailAction(syntax.Greeting is { } greeting ? (GreetingAction)Build(greeting, text) : null),
        _ => throw new InvalidOperationException($"Internal error: no action can be built from `{syntax.NameText}`."),
    };

    /// <summary>The text between the quotes, with <c>\"</c> and <c>\\</c> read as the characters they stand for.</summary>
    internal static string Unquote(string text, SyntaxToken token)
    {
        var inner = text.AsSpan(token.Span.Offset + 1, token.Span.Length - 2);
        if (inner.IndexOf('\\') < 0)
        {
            return inner.ToString();
        }

        var builder = new StringBuilder(inner.Length);
        for (var index = 0; index < inner.Length; index++)
        {
            if (inner[index] == '\\' && index + 1 < inner.Length)
            {
                index++;
            }

            builder.Append(inner[index]);
        }

        return builder.ToString();
    }
}
