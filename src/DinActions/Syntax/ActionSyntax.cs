using System.Collections.Immutable;

namespace DinActions.Syntax;

/// <summary>
/// An action as written: its name and its arguments matched to the roles its signature gives them
/// (part B of <c>grammar/actions.ebnf</c>). Arguments that fit no role are kept as extra, never
/// dropped, so every token of a line is accounted for in some diagnostic.
/// </summary>
public sealed class ActionSyntax
{
    internal ActionSyntax(SyntaxToken name, string nameText, ActionKind? kind, ActionKind? assumedKind, SourceSpan span, bool isGreeting)
    {
        Name = name;
        NameText = nameText;
        Kind = kind;
        AssumedKind = assumedKind;
        Span = span;
        IsGreeting = isGreeting;
    }

    /// <summary>The token that names the action.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The action's name as written.</summary>
    public string NameText { get; }

    /// <summary>The action, when its name is spelt exactly right; otherwise null.</summary>
    public ActionKind? Kind { get; }

    /// <summary>The whole action, from its name to its last argument, greeting included.</summary>
    public SourceSpan Span { get; }

    /// <summary>Whether this action is the greeting of a <c>voicemail</c>.</summary>
    public bool IsGreeting { get; }

    /// <summary>The greeting of a <c>voicemail</c>, if it has one.</summary>
    public ActionSyntax? Greeting { get; internal init; }

    /// <summary>
    /// The kind the arguments were matched against: <see cref="Kind"/>, or the action a misspelt name
    /// most likely means, so that a typo in the name does not hide a bad number after it.
    /// </summary>
    internal ActionKind? AssumedKind { get; }

    /// <summary>The URL of a <c>playback</c>.</summary>
    internal SyntaxToken? Url { get; init; }

    /// <summary>The number a <c>transfer</c> goes to; may span several words when the number has blanks in it.</summary>
    internal SyntaxToken? Target { get; init; }

    /// <summary>The language code of a <c>say</c>.</summary>
    internal SyntaxToken? Language { get; init; }

    /// <summary>The text of a <c>say</c>: a quoted text, or the run of words that should have been one.</summary>
    internal SyntaxToken? Text { get; init; }

    /// <summary>Every option written on the action, in order.</summary>
    internal ImmutableArray<OptionSyntax> Options { get; init; } = [];

    /// <summary>Arguments that fit no role of the signature.</summary>
    internal ImmutableArray<SyntaxToken> Extra { get; init; } = [];

    /// <summary>The first <c>--caller</c> option, if any.</summary>
    internal OptionSyntax? Caller
    {
        get
        {
            foreach (var option in Options)
            {
                if (option.Name == OptionSyntax.CallerName)
                {
                    return option;
                }
            }

            return null;
        }
    }
}
