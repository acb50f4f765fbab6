using DinActions.Binding;
using DinActions.Syntax;

namespace DinActions.Validation.Rules;

/// <summary>DIN0001: the line does not start with a known action name.</summary>
internal sealed class UnknownActionRule : ActionRule
{
    public override DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticCodes.UnknownAction,
        "Unknown action",
        DiagnosticSeverity.Error,
        "Every line starts with the name of an action: `playback`, `transfer`, `say` or `voicemail`, in lower case. The cloud does not guess: a misspelt or capitalised name fails the call.",
        "Say en \"Hello\"",
        "say en \"Hello\"",
        "Write one of the four action names in lower case; the fix replaces a near miss with the action it most likely means.");

    public override void CheckAction(BoundAction action, ref RuleContext context)
    {
        if (!action.Defects.Has(ValueDefect.UnknownName))
        {
            return;
        }

        var name = action.NameText;
        if (action.Name.Kind != TokenKind.Word)
        {
            context.Report(action.Name.Span, $"expected an action name (`playback`, `transfer`, `say` or `voicemail`) before {Quote.Clip(name)}");
            return;
        }

        if (ColonForm(action, in context) is { } colon)
        {
            context.Report(action.Name.Span, colon.Message, colon.Fix);
            return;
        }

        if (action.AssumedKind is { } assumed)
        {
            var suggestion = ActionNames.NameOf(assumed);
            var message = name.Equals(suggestion, StringComparison.OrdinalIgnoreCase)
                ? $"action names are lower case: write `{suggestion}` instead of {Quote.Clip(name)}"
                : $"unknown action {Quote.Clip(name)}; did you mean `{suggestion}`?";
            context.Report(action.Name.Span, message, RuleContext.Replace($"Replace with `{suggestion}`", action.Name.Span, suggestion));
            return;
        }

        context.Report(action.Name.Span, $"unknown action {Quote.Clip(name)}; expected `playback`, `transfer`, `say` or `voicemail`");
    }

    /// <summary>
    /// <c>say:営業時間外です。</c> or <c>playback:https://...</c>: the provider's help for its hosted dynamic action
    /// URL writes an action as its name, a colon and its argument. The action language separates them with a
    /// blank and quotes the text of <c>say</c>, whose language is read from the script it is written in.
    /// </summary>
    private static (string Message, Fix? Fix)? ColonForm(BoundAction action, in RuleContext context)
    {
        var name = action.NameText;
        var colon = name.IndexOf(':');
        if (colon <= 0 || !ActionNames.TryParse(name.AsSpan(0, colon).ToString().ToLowerInvariant(), out var kind))
        {
            return null;
        }

        var actionName = ActionNames.NameOf(kind);
        var argumentStart = action.Name.Span.Offset + colon + 1;
        var argument = context.Text.AsSpan(argumentStart, action.Span.End - argumentStart).Trim(" \t").ToString();
        var written = Quote.Clip(name.AsSpan(0, colon + 1));
        if (argument.Length == 0)
        {
            return ($"{written} is not an action: write `{actionName}` and its arguments, separated by a blank", null);
        }

        string? rewritten = kind switch
        {
            ActionKind.Say => SayFrom(argument, context.Options.Languages),
            _ => $"{actionName} {argument}",
        };
        var message = $"{written} is how the provider's help for hosted action URLs writes an action, not the action language";
        if (rewritten is null)
        {
            return ($"{message}: write `say`, a language code and the text in double quotes", null);
        }

        return ($"{message}: write {Quote.Clip(rewritten)}", RuleContext.Replace($"Write `{actionName}` in the action language", action.Span, rewritten));
    }

    /// <summary>The <c>say</c> line for the text after <c>say:</c>: its language given first, or read from its script.</summary>
    private static string? SayFrom(string argument, LanguageCatalog languages)
    {
        var blank = argument.IndexOfAny([' ', '\t']);
        if (blank > 0 && languages.Find(argument[..blank]) is { } given)
        {
            return $"say {given.Code} {QuotedText(argument.AsSpan(blank + 1).TrimStart(" \t"))}";
        }

        return LanguageOfScript(argument, languages) is { } guessed ? $"say {guessed.Code} {QuotedText(argument)}" : null;
    }

    // Text already in double quotes is read as the quoted text it is and written again, so that a stray quote
    // inside gets escaped; any other text is quoted as it stands.
    private static string QuotedText(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            var written = text.ToString();
            return SyntaxFacts.Quote(SyntaxFacts.Unquote(written, new SourceSpan(0, written.Length, 1, 1)));
        }

        return SyntaxFacts.Quote(text);
    }

    /// <summary>
    /// The voice for text in the script of its first letter: the language most people write in that script,
    /// if the catalog has a voice for it that reads the script, else the catalog's first voice that does.
    /// </summary>
    private static TtsLanguage? LanguageOfScript(string text, LanguageCatalog languages)
    {
        foreach (var c in text)
        {
            // Read into a local before the test: a pattern variable would leave the negated test's mutant
            // uncompilable, and mutation testing would skip the whole method.
            var found = WritingScripts.Of(c);
            if (found is null)
            {
                continue;
            }

            var script = found.Value;

            var usual = script switch
            {
                WritingScript.Japanese => "ja",
                WritingScript.Hangul => "ko",
                WritingScript.Cyrillic => "ru",
                WritingScript.Greek => "el",
                WritingScript.Arabic => "ar",
                WritingScript.Latin => "en",
                _ => null,
            };
            if (usual is not null && languages.Find(usual) is { } language && language.Reads(script))
            {
                return language;
            }

            return languages.Languages.FirstOrDefault(candidate => candidate.Reads(script));
        }

        return null;
    }
}
