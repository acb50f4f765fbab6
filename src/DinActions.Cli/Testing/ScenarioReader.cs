using System.Collections.Immutable;
using System.Globalization;
using DinActions.Cli.Call;
using DinActions.Cli.Json;

namespace DinActions.Cli.Testing;

/// <summary>
/// Reads a scenario file (JSON with comments and trailing commas; README, "<c>din test</c>") into a
/// <see cref="ScenarioFile"/>, collecting every problem with its position and JSON path before anything runs:
/// unknown keys, values of the wrong kind, numbers that are not E.164, and what the target cannot answer.
/// </summary>
internal sealed class ScenarioReader
{
    private static readonly string[] RootKeys = ["target", "recipient", "scenarios"];
    private static readonly string[] ScenarioKeys = ["name", "caller", "anonymous", "recipient", "at", "expect"];
    private static readonly string[] ExpectKeys = ["actions", "rule", "hears", "transcript", "checksPass"];

    // Minutes or seconds, and an offset or Z: a moment is only a moment with its offset.
    private static readonly string[] MomentFormats = ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    private readonly List<ScenarioProblem> problems = [];
    // Null while the target is unknown (a problem of its own): then nothing is checked against it.
    private TargetKind? kind;

    private ScenarioReader()
    {
    }

    /// <summary>
    /// Reads the scenarios in <paramref name="text"/>, checked against the target they will run on:
    /// <paramref name="commandLineTarget"/> when given (it wins), else the file's own <c>target</c>.
    /// <paramref name="file"/> is null when there is any problem.
    /// </summary>
    public static ImmutableArray<ScenarioProblem> Read(string text, string? commandLineTarget, out ScenarioFile? file)
    {
        var reader = new ScenarioReader();
        file = reader.ReadFile(text.StartsWith('\uFEFF') ? text[1..] : text, commandLineTarget);
        if (reader.problems.Count > 0)
        {
            file = null;
        }

        return [.. reader.problems.OrderBy(problem => problem.Position.Line).ThenBy(problem => problem.Position.Column)];
    }

    /// <summary>How a target is told apart: an http or https URL, a <c>*.json</c> rules file, or an action file.</summary>
    public static TargetKind KindOf(string target) =>
        target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? TargetKind.ActionUrl
            : target.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? TargetKind.RulesFile : TargetKind.ActionFile;

    private ScenarioFile? ReadFile(string text, string? commandLineTarget)
    {
        var root = PositionedJsonReader.Read(text, out var syntaxError);
        if (syntaxError is { } error)
        {
            problems.Add(new ScenarioProblem(error.Position, error.Path, error.Message));
            return null;
        }

        if (Expect<JsonObjectNode>(root!, "an object with `target` and `scenarios`") is not { } top)
        {
            return null;
        }

        var properties = Properties(top, RootKeys);
        var fileTarget = properties.GetValueOrDefault("target") is { } targetNode ? ReadText(targetNode, "the rules file, action file or action URL to test, such as `\"rules.json\"`") : null;
        if ((commandLineTarget ?? fileTarget) is { } target)
        {
            kind = KindOf(target);
        }
        else if (!properties.ContainsKey("target"))
        {
            Error(top, "no target: add `\"target\": \"rules.json\"` (a rules file, an action file or an action URL), or give `--target`");
        }

        var recipient = properties.GetValueOrDefault("recipient") is { } recipientNode ? ReadNumber(recipientNode) : null;
        if (Required(top, properties, "scenarios") is not { } scenariosNode
            || Expect<JsonArrayNode>(scenariosNode, "an array of scenarios, such as `[{ \"name\": \"...\", \"caller\": \"+8190...\", \"expect\": { ... } }]`") is not { } array)
        {
            return null;
        }

        if (array.Items.IsEmpty)
        {
            Error(array, "no scenarios: a run that tests nothing passes whatever the target does; add at least one");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var scenarios = ImmutableArray.CreateBuilder<Scenario>();
        foreach (var item in array.Items)
        {
            if (ReadScenario(item, recipient, names) is { } scenario)
            {
                scenarios.Add(scenario);
            }
        }

        return new ScenarioFile(fileTarget, scenarios.ToImmutable());
    }

    private Scenario? ReadScenario(JsonNode node, string? defaultRecipient, HashSet<string> names)
    {
        if (Expect<JsonObjectNode>(node, "a scenario: an object with `name`, `caller` or `anonymous`, `recipient`, and `expect`") is not { } scenario)
        {
            return null;
        }

        var fields = Properties(scenario, ScenarioKeys);
        var name = Required(scenario, fields, "name") is { } nameNode ? ReadText(nameNode, "the scenario's name, such as `\"New Year's Day, 10:00\"`") : null;
        if (name is not null && !names.Add(name))
        {
            Error(fields["name"], $"the name `{JsonNode.Quoted(name)}` is given to another scenario; each needs its own, so that a report says which failed");
        }

        var caller = fields.GetValueOrDefault("caller") is { } callerNode ? ReadNumber(callerNode) : null;
        var anonymous = fields.GetValueOrDefault("anonymous") is { } anonymousNode && ReadTrue(anonymousNode, "`true` for a call from a hidden number (leave it out otherwise)");
        if (fields.ContainsKey("caller") == fields.ContainsKey("anonymous"))
        {
            Error(scenario, fields.ContainsKey("caller")
                ? "`caller` and `anonymous` exclude each other: a hidden number sends no caller"
                : "give `caller` (`\"+8190...\"`), or `\"anonymous\": true` for a hidden number");
        }

        var recipient = fields.GetValueOrDefault("recipient") is { } recipientNode ? ReadNumber(recipientNode) : defaultRecipient;
        if (recipient is null && !fields.ContainsKey("recipient"))
        {
            Error(scenario, "`recipient` is missing: give the number called here, or once for every scenario at the top of the file");
        }

        var at = fields.GetValueOrDefault("at") is { } atNode ? ReadMoment(atNode) : null;
        if (kind == TargetKind.RulesFile && !fields.ContainsKey("at"))
        {
            Error(scenario, "`at` is missing: a rules file answers by the hour, so give when the call comes in, such as `\"2026-01-01T10:00+09:00\"`");
        }

        var expect = Required(scenario, fields, "expect") is { } expectNode ? ReadExpectations(expectNode) : null;
        if (name is null || recipient is null || expect is null || (caller is null && !anonymous))
        {
            return null;
        }

        return new Scenario(name, anonymous ? null : caller, recipient, at, expect, scenario.Position);
    }

    private Expectations? ReadExpectations(JsonNode node)
    {
        if (Expect<JsonObjectNode>(node, "an object with any of `actions`, `rule`, `hears`, `transcript`, `checksPass`") is not { } expect)
        {
            return null;
        }

        var fields = Properties(expect, ExpectKeys);
        if (expect.Properties.IsEmpty)
        {
            Error(expect, "nothing is expected: a scenario that checks nothing always passes; give `actions`, `rule`, `hears`, `transcript` or `checksPass`");
        }

        if (fields.TryGetValue("rule", out var ruleValue) && kind is not (null or TargetKind.RulesFile))
        {
            Error(ruleValue, $"`rule` is the rule of a rules file that answered, but the target is {KindName()}");
            fields.Remove("rule");
        }

        if (fields.TryGetValue("checksPass", out var checksValue) && kind is not (null or TargetKind.ActionUrl))
        {
            Error(checksValue, $"`checksPass` runs the checks of `din call` on a live action URL, but the target is {KindName()}");
            fields.Remove("checksPass");
        }

        var actions = fields.GetValueOrDefault("actions") is { } actionsNode ? ReadLines(actionsNode, "an action line such as `\"voicemail\"`, or an array of lines", allowOne: true) : null;
        var rule = fields.GetValueOrDefault("rule") is { } ruleNode ? ReadText(ruleNode, "the rule's name as `din serve` logs it, such as `\"active hours\"`") : null;
        var hears = fields.GetValueOrDefault("hears") is { } hearsNode ? ReadLines(hearsNode, "a part of the transcript, such as `\"We are closed\"`, or an array of parts", allowOne: true) : [];
        var transcript = fields.GetValueOrDefault("transcript") is { } transcriptNode ? ReadLines(transcriptNode, "an array of the transcript's sentences", allowOne: false) : null;
        var checksPass = fields.GetValueOrDefault("checksPass") is { } checksNode && ReadTrue(checksNode, "`true`: every check of `din call` passes (leave it out otherwise)");
        return hears is null ? null : new Expectations(actions, rule, hears.Value, transcript, checksPass);
    }

    private string KindName() => kind switch
    {
        TargetKind.RulesFile => "a rules file",
        TargetKind.ActionFile => "an action file",
        _ => "a live action URL",
    };

    private ImmutableArray<string>? ReadLines(JsonNode node, string expected, bool allowOne)
    {
        JsonStringNode?[] lines = node switch
        {
            JsonStringNode line when allowOne => [line],
            JsonArrayNode array => [.. array.Items.Select(item => Expect<JsonStringNode>(item, "a string"))],
            _ => [Report(node, expected)],
        };
        return lines.Any(line => line is null) ? null : [.. lines.Select(line => line!.Value)];
    }

    private JsonStringNode? Report(JsonNode node, string expected)
    {
        Error(node, $"expected {expected}; found {node.KindName}");
        return null;
    }

    private DateTimeOffset? ReadMoment(JsonNode node)
    {
        if (kind is not (null or TargetKind.RulesFile))
        {
            Error(node, kind == TargetKind.ActionUrl
                ? "`at` sets the hour a rules file answers at, but the target is a live action URL, which answers by its own clock"
                : "`at` sets the hour a rules file answers at, but the target is an action file, which answers the same at any hour");
            return null;
        }

        if (Expect<JsonStringNode>(node, "a date and time with its offset, such as `\"2026-01-01T10:00+09:00\"`") is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text.Value, MomentFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return moment;
        }

        Error(node, $"`{JsonNode.Quoted(text.Value)}` is not a date and time with its offset; write `YYYY-MM-DDTHH:mm` and the offset, such as `2026-01-01T10:00+09:00` or `2026-01-01T01:00Z`");
        return null;
    }

    private string? ReadNumber(JsonNode node)
    {
        if (Expect<JsonStringNode>(node, "a number in E.164, such as `\"+8150123456789\"`") is not { } text)
        {
            return null;
        }

        if (CallCommand.IsE164(text.Value))
        {
            return text.Value;
        }

        var hint = text.Value.Length > 0 && char.IsAsciiDigit(text.Value[0]) ? $"; write `+{JsonNode.Quoted(text.Value)}`" : string.Empty;
        Error(node, $"`{JsonNode.Quoted(text.Value)}` is not an E.164 number (`+`, then at most 15 digits, the first not 0){hint}");
        return null;
    }

    private bool ReadTrue(JsonNode node, string expected)
    {
        if (node is JsonScalarNode { Kind: System.Text.Json.JsonTokenType.True })
        {
            return true;
        }

        Error(node, node is JsonScalarNode { Kind: System.Text.Json.JsonTokenType.False } ? $"`false` says nothing here; expected {expected}" : $"expected {expected}; found {node.KindName}");
        return false;
    }

    private string? ReadText(JsonNode node, string expected)
    {
        if (Expect<JsonStringNode>(node, expected) is not { } text)
        {
            return null;
        }

        if (text.Value.Trim().Length == 0)
        {
            Error(node, $"an empty string; expected {expected}");
            return null;
        }

        return text.Value;
    }

    private Dictionary<string, JsonNode> Properties(JsonObjectNode node, IReadOnlyCollection<string> known) =>
        node.PropertiesNamed(known, "key", (position, path, message) => problems.Add(new ScenarioProblem(position, path, message)));

    private JsonNode? Required(JsonObjectNode owner, Dictionary<string, JsonNode> properties, string name) => owner.Required(properties, name, Error);

    private T? Expect<T>(JsonNode node, string expected)
        where T : JsonNode => node.As<T>(expected, Error);

    private void Error(JsonNode node, string message) => problems.Add(new ScenarioProblem(node.Position, node.Path, message));

}
