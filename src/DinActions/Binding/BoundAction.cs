using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DinActions.Syntax;

namespace DinActions.Binding;

/// <summary>
/// An action as written: its name and its arguments matched to the roles its signature gives them
/// (part B of <c>grammar/actions.ebnf</c>). Arguments that fit no role are kept as extra, never
/// dropped, so every token of a line is accounted for in some diagnostic.
/// </summary>
/// <remarks>
/// The name and the roles are kept as indices into the line's tokens, and made into tokens when asked
/// for: an action costs one small object however many roles it fills.
/// </remarks>
internal sealed class BoundAction
{
    private readonly ImmutableArray<SyntaxToken> tokens;
    private readonly int name;

    // The kinds as bytes, -1 for none: a nullable enum takes eight bytes, and an action is made for every line.
    private readonly sbyte kind;
    private readonly sbyte assumedKind;
    private readonly TokenRange url;
    private readonly TokenRange target;
    private readonly TokenRange language;
    private readonly TokenRange text;

    internal BoundAction(
        ImmutableArray<SyntaxToken> tokens,
        int name,
        string nameText,
        ActionKind? kind,
        ActionKind? assumedKind,
        bool isGreeting,
        in Roles roles,
        string source)
    {
        this.tokens = tokens;
        this.name = name;
        NameText = nameText;
        this.kind = kind is { } known ? (sbyte)known : (sbyte)-1;
        this.assumedKind = assumedKind is { } assumed ? (sbyte)assumed : (sbyte)-1;
        IsGreeting = isGreeting;
        url = roles.Url;
        target = roles.Target;
        language = roles.Language;
        text = roles.Text;
        Greeting = roles.Greeting;
        Options = roles.Options;
        Extra = roles.Extra;
        Defects = ValueDefects.Of(this, source);
    }

    /// <summary>What keeps the action itself from becoming a value, worked out once when it is bound; its greeting has its own.</summary>
    internal ValueDefect Defects { get; }

    /// <summary>The token that names the action.</summary>
    public SyntaxToken Name => tokens[name];

    /// <summary>The action's name as written.</summary>
    public string NameText { get; }

    /// <summary>The action, when its name is spelt exactly right; otherwise null.</summary>
    public ActionKind? Kind => kind < 0 ? null : (ActionKind)kind;

    /// <summary>The whole action, from its name to its last argument, greeting included.</summary>
    public SourceSpan Span => tokens[name].Span.To(tokens[^1].Span);

    /// <summary>Whether this action is the greeting of a <c>voicemail</c>.</summary>
    public bool IsGreeting { get; }

    /// <summary>The greeting of a <c>voicemail</c>, if it has one.</summary>
    public BoundAction? Greeting { get; }

    /// <summary>
    /// The kind the arguments were matched against: <see cref="Kind"/>, or the action a misspelt name
    /// most likely means, so that a typo in the name does not hide a bad number after it.
    /// </summary>
    internal ActionKind? AssumedKind => assumedKind < 0 ? null : (ActionKind)assumedKind;

    /// <summary>The URL of a <c>playback</c>.</summary>
    internal SyntaxToken? Url => TokenOf(url);

    /// <summary>The number a <c>transfer</c> goes to; may span several words when the number has blanks in it.</summary>
    internal SyntaxToken? Target => TokenOf(target);

    /// <summary>The language code of a <c>say</c>.</summary>
    internal SyntaxToken? Language => TokenOf(language);

    /// <summary>The text of a <c>say</c>: a quoted text, or the run of words that should have been one.</summary>
    internal SyntaxToken? Text => TokenOf(text);

    /// <summary>Every option written on the action, in order.</summary>
    internal ImmutableArray<BoundOption> Options { get; }

    /// <summary>Arguments that fit no role of the signature.</summary>
    internal ImmutableArray<SyntaxToken> Extra { get; }

    /// <summary>The first <c>--caller</c> option, if any.</summary>
    internal BoundOption? Caller
    {
        get
        {
            foreach (var option in Options)
            {
                if (option.Name == BoundOption.CallerName)
                {
                    return option;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// A role's token: the first token of the range, covering up to the last one (a number written with
    /// blanks, a text left unquoted), with the kind of the first.
    /// </summary>
    // Inlined: every rule asks for the roles it checks, many times an action, and the call showed in profiles.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private SyntaxToken? TokenOf(TokenRange range)
    {
        if (range.IsEmpty)
        {
            return null;
        }

        var first = tokens[range.First];
        return first with { Span = first.Span.To(tokens[range.Last].Span) };
    }

    /// <summary>What the binder found for each role of a signature.</summary>
    internal readonly ref struct Roles
    {
        public TokenRange Url { get; init; }

        public TokenRange Target { get; init; }

        public TokenRange Language { get; init; }

        public TokenRange Text { get; init; }

        public BoundAction? Greeting { get; init; }

        public ImmutableArray<BoundOption> Options { get; init; }

        public ImmutableArray<SyntaxToken> Extra { get; init; }
    }
}

/// <summary>
/// The tokens of a role, by their indices in the line, from <see cref="First"/> to <see cref="Last"/>;
/// the default value is no token at all (index 0 names the line's action, so it is never an argument).
/// </summary>
internal readonly record struct TokenRange(int First, int Last)
{
    public bool IsEmpty => Last == 0;
}
