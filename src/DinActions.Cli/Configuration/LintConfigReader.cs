using System.Collections.Immutable;
using System.Text.Json;
using DinActions.Cli.Json;
using DinActions.Diagnostics;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DinActions.Cli.Configuration;

/// <summary>
/// Reads a <c>.dinlint.json</c> (JSON with comments and trailing commas; README, "Configuration") into a
/// <see cref="LintConfigFile"/>, collecting every problem with its position and JSON path rather than stopping
/// at the first: unknown keys, unknown rule codes, values of the wrong kind, and patterns that would not mean
/// what they seem to.
/// </summary>
internal sealed class LintConfigReader
{
    private const int MaxLanguageCodeLength = 35;

    private static readonly string[] TopLevelKeys = ["profile", "numberingPlan", "lines", "rules", "languages", "overrides"];
    private static readonly string[] OverrideKeys = ["files", "profile", "numberingPlan", "lines", "rules", "languages"];
    private static readonly string[] LanguageKeys = ["status", "name", "scripts", "aliases"];
    private static readonly string[] Profiles = ["api", "dashboard"];
    private static readonly string[] Severities = ["off", "info", "warning", "error"];
    private static readonly string[] Statuses = ["supported", "paused"];
    private static readonly string[] ScriptNames = Enum.GetNames<WritingScript>();

    private readonly List<ConfigProblem> problems = [];

    private LintConfigReader()
    {
    }

    /// <summary>Reads the configuration at <paramref name="path"/> from <paramref name="text"/>; <paramref name="config"/> is null when there is any problem.</summary>
    public static ImmutableArray<ConfigProblem> Read(string path, string text, out LintConfigFile? config)
    {
        var reader = new LintConfigReader();
        config = reader.ReadFile(Path.GetFullPath(path), text.StartsWith('\uFEFF') ? text[1..] : text);
        if (reader.problems.Count > 0)
        {
            config = null;
        }

        return [.. reader.problems.OrderBy(problem => problem.Position?.Line).ThenBy(problem => problem.Position?.Column)];
    }

    /// <summary>
    /// Whether <paramref name="pattern"/> is one the matcher reads as it looks: only <c>*</c> and <c>**</c> are
    /// wildcards there, and the rest is taken literally without a word, so a <c>?</c> or <c>{a,b}</c> would
    /// silently match nothing. <paramref name="offset"/> is where the problem starts in the pattern.
    /// </summary>
    public static bool TryCheckPattern(string pattern, out int offset, out string problem)
    {
        (offset, problem) = (0, string.Empty);
        if (pattern.Trim().Length == 0)
        {
            problem = "an empty pattern matches no file; write one such as `legacy/**/*.din`";
            return false;
        }

        if (pattern[0] == '/')
        {
            problem = $"a pattern is relative to the folder of `{LintConfigFinder.FileName}`: drop the leading `/`";
            return false;
        }

        if (pattern[0] == '!')
        {
            problem = "`!` does not exclude here: an override applies to the files its patterns match; give the excluded files an override of their own after it";
            return false;
        }

        for (var index = 0; index < pattern.Length; index++)
        {
            var character = pattern[index];
            if (character == '\\')
            {
                (offset, problem) = (index, "`\\` does not separate folders in a pattern: write `/`");
                return false;
            }

            if (character is '?' or '[' or ']' or '{' or '}')
            {
                (offset, problem) = (index, $"`{character}` is not a wildcard here: patterns know `*` (any characters of a name) and `**` (any folders); for alternatives, give `files` an array of patterns");
                return false;
            }
        }

        var start = 0;
        foreach (var segment in pattern.Split('/'))
        {
            if (segment == "..")
            {
                (offset, problem) = (start, $"`..` leaves the folder of `{LintConfigFinder.FileName}`; its patterns match only files under it");
                return false;
            }

            if (segment != "**" && segment.Contains("**", StringComparison.Ordinal))
            {
                (offset, problem) = (start + segment.IndexOf("**", StringComparison.Ordinal), "`**` stands alone between slashes, as in `legacy/**/*.din`; within a name write `*`");
                return false;
            }

            start += segment.Length + 1;
        }

        try
        {
            new Matcher().AddInclude(pattern);
        }
        catch (ArgumentException exception)
        {
            problem = $"not a pattern: {exception.Message.TrimEnd('.')}";
            return false;
        }

        return true;
    }

    private LintConfigFile? ReadFile(string path, string text)
    {
        var root = PositionedJsonReader.Read(text, out var syntaxError);
        if (syntaxError is { } error)
        {
            // The JSON reader's message quotes the offending character as it is: a line break or a bidi
            // override would break the one-line report, so they are shown escaped.
            problems.Add(new ConfigProblem(error.Position, error.Path, PrintableText.Escape(error.Message)));
            return null;
        }

        if (Expect<JsonObjectNode>(root!, "an object such as `{ \"profile\": \"dashboard\" }`") is not { } top)
        {
            return null;
        }

        var properties = Properties(top, TopLevelKeys);
        var layer = ReadLayer(properties, LanguageCatalog.Default);

        // An override may change a language the top level added without repeating its scripts.
        var catalog = layer.Languages.Aggregate(LanguageCatalog.Default, (languages, entry) => entry.ApplyTo(languages));
        var overrides = properties.GetValueOrDefault("overrides") is { } overridesNode ? ReadOverrides(overridesNode, catalog) : [];
        return new LintConfigFile(path, layer, overrides);
    }

    private ConfigLayer ReadLayer(Dictionary<string, JsonNode> properties, LanguageCatalog known) => new(
        properties.GetValueOrDefault("profile") is { } profile ? ReadProfile(profile) : null,
        properties.GetValueOrDefault("numberingPlan") is { } plan ? ReadBoolean(plan) : null,
        properties.GetValueOrDefault("lines") is { } lines ? ReadBoolean(lines) : null,
        properties.GetValueOrDefault("rules") is { } rules ? ReadRules(rules) : ImmutableDictionary<string, RuleSeverity>.Empty,
        properties.GetValueOrDefault("languages") is { } languages ? ReadLanguages(languages, known) : []);

    private ValidationProfile? ReadProfile(JsonNode node) =>
        Choice(node, Profiles, "profile") switch
        {
            "api" => ValidationProfile.Api,
            "dashboard" => ValidationProfile.Dashboard,
            _ => null,
        };

    private bool? ReadBoolean(JsonNode node)
    {
        if (node is JsonScalarNode { Kind: JsonTokenType.True or JsonTokenType.False } boolean)
        {
            return boolean.Kind == JsonTokenType.True;
        }

        Error(node, $"expected `true` or `false`; found {node.KindName}");
        return null;
    }

    private ImmutableDictionary<string, RuleSeverity> ReadRules(JsonNode node)
    {
        var rules = ImmutableDictionary.CreateBuilder<string, RuleSeverity>(StringComparer.OrdinalIgnoreCase);
        if (Expect<JsonObjectNode>(node, "an object of rule codes and severities, such as `{ \"DIN0041\": \"error\" }`") is not { } rulesObject)
        {
            return rules.ToImmutable();
        }

        foreach (var property in rulesObject.Properties)
        {
            if (DinRules.Find(property.Name) is not { } rule)
            {
                var suggestion = Spelling.Suggest(property.Name, DinRules.All.Select(descriptor => descriptor.Code));
                problems.Add(new ConfigProblem(property.NamePosition, property.Value.Path, suggestion is null
                    ? $"unknown rule `{JsonNode.Quoted(property.Name)}`; `din rules` lists every code"
                    : $"unknown rule `{JsonNode.Quoted(property.Name)}`; did you mean `{suggestion}`?"));
                continue;
            }

            if (rules.ContainsKey(rule.Code))
            {
                problems.Add(new ConfigProblem(property.NamePosition, property.Value.Path, $"`{rule.Code}` is given twice"));
                continue;
            }

            RuleSeverity? severity = Choice(property.Value, Severities, "severity") switch
            {
                "off" => RuleSeverity.Off,
                "info" => RuleSeverity.Info,
                "warning" => RuleSeverity.Warning,
                "error" => RuleSeverity.Error,
                _ => null,
            };
            if (severity is { } known)
            {
                rules[rule.Code] = known;
            }
        }

        return rules.ToImmutable();
    }

    private ImmutableArray<LanguageEntry> ReadLanguages(JsonNode node, LanguageCatalog known)
    {
        const string Expected = "an object of language codes, such as `{ \"id\": \"supported\", \"ko\": { \"status\": \"supported\", \"scripts\": [\"Hangul\"] } }`";
        if (Expect<JsonObjectNode>(node, Expected) is not { } languages)
        {
            return [];
        }

        var entries = ImmutableArray.CreateBuilder<LanguageEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in languages.Properties)
        {
            var code = property.Name;
            if (code.Length == 0 || code.Length > MaxLanguageCodeLength || !char.IsAsciiLetter(code[0])
                || !code.All(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_'))
            {
                problems.Add(new ConfigProblem(property.NamePosition, property.Value.Path, $"`{JsonNode.Quoted(code)}` is not a language code: write a letter, then letters, digits, `-` or `_`, such as `ko` or `pt-BR`"));
                continue;
            }

            if (!seen.Add(code))
            {
                problems.Add(new ConfigProblem(property.NamePosition, property.Value.Path, $"`{code}` is given twice"));
                continue;
            }

            if (ReadLanguage(property, known.Find(code) is not null) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries.ToImmutable();
    }

    private LanguageEntry? ReadLanguage(JsonPropertyNode property, bool inCatalog)
    {
        var code = property.Name;
        var newLanguage = $"`{code}` is not in the catalog: give the scripts its voice reads, such as `\"{code}\": {{ \"status\": \"supported\", \"scripts\": [\"Latin\"] }}`";
        if (property.Value is JsonStringNode)
        {
            if (!inCatalog)
            {
                problems.Add(new ConfigProblem(property.NamePosition, property.Value.Path, newLanguage));
                return null;
            }

            return ReadStatus(property.Value) is { } only ? new LanguageEntry(code, only, null, null, null) : null;
        }

        if (Expect<JsonObjectNode>(property.Value, "a status (`\"supported\"` or `\"paused\"`), or an object with `status` and optionally `name`, `scripts`, `aliases`") is not { } language)
        {
            return null;
        }

        var fields = Properties(language, LanguageKeys);
        LanguageStatus? status = null;
        if (fields.GetValueOrDefault("status") is { } statusNode)
        {
            status = ReadStatus(statusNode);
        }
        else
        {
            Error(language, "`status` is missing: write `\"supported\"` or `\"paused\"`");
        }

        var name = fields.GetValueOrDefault("name") is { } nameNode ? ReadName(nameNode) : null;
        var scripts = fields.GetValueOrDefault("scripts") is { } scriptsNode ? ReadScripts(scriptsNode) : null;
        var aliases = fields.GetValueOrDefault("aliases") is { } aliasesNode ? ReadStrings(aliasesNode, "an array of spellings, such as `[\"kr\", \"ko-KR\"]`") : null;
        if (!inCatalog && !fields.ContainsKey("scripts"))
        {
            problems.Add(new ConfigProblem(property.NamePosition, property.Value.Path, newLanguage));
            return null;
        }

        return status is { } known ? new LanguageEntry(code, known, name, scripts, aliases) : null;
    }

    private LanguageStatus? ReadStatus(JsonNode node) => Choice(node, Statuses, "status") switch
    {
        "supported" => LanguageStatus.Supported,
        "paused" => LanguageStatus.Paused,
        _ => null,
    };

    private string? ReadName(JsonNode node)
    {
        if (Expect<JsonStringNode>(node, "the language's name, such as `\"Korean\"`") is not { } name)
        {
            return null;
        }

        if (name.Value.Trim().Length == 0)
        {
            Error(node, "the name is empty; write the language's English name, such as `\"Korean\"`");
            return null;
        }

        return name.Value;
    }

    private ImmutableArray<WritingScript>? ReadScripts(JsonNode node)
    {
        var expected = $"an array of writing scripts, such as `[\"Latin\"]`: {string.Join(", ", ScriptNames.Select(name => $"`{name}`"))}";
        if (Expect<JsonArrayNode>(node, expected) is not { } array)
        {
            return null;
        }

        if (array.Items.IsEmpty)
        {
            Error(node, $"a voice reads at least one script; expected {expected}");
            return null;
        }

        var scripts = ImmutableArray.CreateBuilder<WritingScript>();
        foreach (var item in array.Items)
        {
            if (Expect<JsonStringNode>(item, "a writing script such as `\"Latin\"`") is not { } text)
            {
                continue;
            }

            if (ScriptNames.FirstOrDefault(name => name.Equals(text.Value, StringComparison.OrdinalIgnoreCase)) is { } script)
            {
                scripts.Add(Enum.Parse<WritingScript>(script));
                continue;
            }

            var suggestion = Spelling.Suggest(text.Value, ScriptNames);
            Error(item, $"unknown writing script `{JsonNode.Quoted(text.Value)}`; {(suggestion is null ? string.Empty : $"did you mean `{suggestion}`? ")}expected one of {string.Join(", ", ScriptNames.Select(name => $"`{name}`"))}");
        }

        return scripts.Count == array.Items.Length ? scripts.ToImmutable() : null;
    }

    private ImmutableArray<string>? ReadStrings(JsonNode node, string expected)
    {
        if (Expect<JsonArrayNode>(node, expected) is not { } array)
        {
            return null;
        }

        var strings = array.Items.Select(item => Expect<JsonStringNode>(item, "a string")?.Value).ToList();
        return strings.All(value => value is not null) ? [.. strings!] : null;
    }

    private ImmutableArray<ConfigOverride> ReadOverrides(JsonNode node, LanguageCatalog known)
    {
        if (Expect<JsonArrayNode>(node, "an array of overrides, such as `[{ \"files\": \"legacy/**\", \"profile\": \"dashboard\" }]`") is not { } array)
        {
            return [];
        }

        var overrides = ImmutableArray.CreateBuilder<ConfigOverride>();
        foreach (var item in array.Items)
        {
            if (Expect<JsonObjectNode>(item, "an object with `files` and the settings for them") is not { } entry)
            {
                continue;
            }

            var properties = Properties(entry, OverrideKeys);
            var patterns = properties.GetValueOrDefault("files") is { } files ? ReadPatterns(files) : null;
            if (!properties.ContainsKey("files"))
            {
                Error(entry, "`files` is missing: write the pattern or patterns of the files it is for, such as `\"legacy/**/*.din\"`");
            }

            var layer = ReadLayer(properties, known);
            if (patterns is { } valid)
            {
                overrides.Add(new ConfigOverride(overrides.Count, valid, layer));
            }
        }

        return overrides.ToImmutable();
    }

    private ImmutableArray<string>? ReadPatterns(JsonNode node)
    {
        const string Expected = "a pattern such as `\"legacy/**/*.din\"`, or an array of patterns";
        JsonStringNode?[] items = node switch
        {
            JsonStringNode single => [single],
            JsonArrayNode array => [.. array.Items.Select(item => Expect<JsonStringNode>(item, "a pattern (a string)"))],
            _ => [Expect<JsonStringNode>(node, Expected)],
        };
        if (node is JsonArrayNode { Items.IsEmpty: true })
        {
            Error(node, $"an empty array matches no file; expected {Expected}");
            return null;
        }

        var valid = true;
        foreach (var item in items)
        {
            if (item is null)
            {
                valid = false;
            }
            else if (!TryCheckPattern(item.Value, out var offset, out var problem))
            {
                problems.Add(new ConfigProblem(item.PositionOf(offset), item.Path, problem));
                valid = false;
            }
        }

        return valid ? [.. items.Select(item => item!.Value)] : null;
    }

    /// <summary>The value of a string that must be one of <paramref name="choices"/>, or null after reporting why it is not.</summary>
    private string? Choice(JsonNode node, string[] choices, string what)
    {
        var listed = string.Join(", ", choices.SkipLast(1).Select(choice => $"`{choice}`")) + $" or `{choices[^1]}`";
        if (Expect<JsonStringNode>(node, $"a {what}: {listed}") is not { } text)
        {
            return null;
        }

        if (choices.Contains(text.Value, StringComparer.Ordinal))
        {
            return text.Value;
        }

        // `warn` and `err` are what other linters call them: a unique prefix is as good a guess as a typo.
        var prefixed = choices.Where(choice => text.Value.Length >= 2 && choice.StartsWith(text.Value, StringComparison.OrdinalIgnoreCase)).ToList();
        var suggestion = Spelling.Suggest(text.Value, choices) ?? (prefixed.Count == 1 ? prefixed[0] : null);
        Error(node, $"`{JsonNode.Quoted(text.Value)}` is not a {what}; {(suggestion is null ? string.Empty : $"did you mean `{suggestion}`? ")}write {listed}");
        return null;
    }

    private Dictionary<string, JsonNode> Properties(JsonObjectNode node, IReadOnlyCollection<string> known) =>
        node.PropertiesNamed(known, "key", (position, path, message) => problems.Add(new ConfigProblem(position, path, message)));

    private T? Expect<T>(JsonNode node, string expected)
        where T : JsonNode => node.As<T>(expected, Error);

    private void Error(JsonNode node, string message) => problems.Add(new ConfigProblem(node.Position, node.Path, message));

}
