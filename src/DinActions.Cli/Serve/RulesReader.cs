using System.Collections.Immutable;
using System.Globalization;
using DinActions.Cli.Json;

namespace DinActions.Cli.Serve;

/// <summary>
/// Reads a rules file (see README, "<c>din serve</c> with a rules file") into <see cref="CallRules"/>,
/// collecting every problem with its JSON path and position rather than stopping at the first.
/// </summary>
internal sealed class RulesReader
{
    private static readonly ImmutableDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToImmutableDictionary();

    private static readonly string[] WeekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly string[] RootProperties = ["timeZone", "activeHours", "whenActive", "whenInactive", "whenAnonymous", "specialDates"];
    private static readonly string[] SpecialDateProperties = ["name", "activeHours", "whenActive", "whenInactive"];

    private readonly List<ServeProblem> problems = [];
    private readonly ValidationOptions validation;

    private RulesReader(ValidationOptions validation) => this.validation = validation;

    /// <summary>Reads the rules in <paramref name="text"/>, their actions under the dashboard profile; <paramref name="rules"/> is null when any problem is an error.</summary>
    public static ImmutableArray<ServeProblem> Read(string text, out CallRules? rules) => Read(text, CallRules.RulesValidation, out rules);

    /// <summary>Reads the rules in <paramref name="text"/>, their actions validated with <paramref name="validation"/> (a <c>.dinlint.json</c>'s); <paramref name="rules"/> is null when any problem is an error.</summary>
    public static ImmutableArray<ServeProblem> Read(string text, ValidationOptions validation, out CallRules? rules)
    {
        var reader = new RulesReader(validation);
        rules = reader.ReadRules(text.StartsWith('\uFEFF') ? text[1..] : text);
        return [.. reader.problems.OrderBy(problem => problem.Position.Line).ThenBy(problem => problem.Position.Column)];
    }

    private CallRules? ReadRules(string text)
    {
        var root = PositionedJsonReader.Read(text, out var syntaxError);
        if (syntaxError is { } error)
        {
            problems.Add(new ServeProblem(error.Position, error.Path, DiagnosticSeverity.Error, null, error.Message));
            return null;
        }

        if (Expect<JsonObjectNode>(root!, "an object with `timeZone`, `activeHours`, `whenActive` and `whenInactive`") is not { } rootObject)
        {
            return null;
        }

        var properties = Properties(rootObject, RootProperties);
        var timeZone = Required(rootObject, properties, "timeZone") is { } zoneNode ? ReadTimeZone(zoneNode) : null;
        var week = Required(rootObject, properties, "activeHours") is { } weekNode ? ReadWeek(weekNode) : null;
        var whenActive = Required(rootObject, properties, "whenActive") is { } activeNode ? ReadScript(activeNode) : null;
        var whenInactive = Required(rootObject, properties, "whenInactive") is { } inactiveNode ? ReadScript(inactiveNode) : null;
        var whenAnonymous = properties.GetValueOrDefault("whenAnonymous") is { } anonymousNode ? ReadScript(anonymousNode) : null;
        var specialDates = properties.GetValueOrDefault("specialDates") is { } datesNode
            ? ReadSpecialDates(datesNode)
            : ImmutableDictionary<DateOnly, SpecialDate>.Empty;

        if (problems.Any(problem => problem.Severity == DiagnosticSeverity.Error)
            || timeZone is null || week is null || whenActive is null || whenInactive is null || specialDates is null)
        {
            return null;
        }

        return new CallRules(timeZone, week, whenActive, whenInactive, whenAnonymous, specialDates, validation);
    }

    private TimeZoneInfo? ReadTimeZone(JsonNode node)
    {
        if (Expect<JsonStringNode>(node, "an IANA time zone name such as `Asia/Tokyo`") is not { } name)
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name.Value);
        }
        // A name that is a folder of the zone database (`Asia/`) is refused by the file system, not as unknown.
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException
            or System.Security.SecurityException)
        {
            Error(node, $"unknown time zone `{JsonNode.Quoted(name.Value)}`; write an IANA name such as `Asia/Tokyo`, `Europe/London` or `UTC`");
            return null;
        }
    }

    private ImmutableDictionary<DayOfWeek, ImmutableArray<TimeRange>>? ReadWeek(JsonNode node)
    {
        if (Expect<JsonObjectNode>(node, "an object of weekdays, such as `{ \"monday\": [\"09:00-18:00\"] }`") is not { } week)
        {
            return null;
        }

        var days = ImmutableDictionary.CreateBuilder<DayOfWeek, ImmutableArray<TimeRange>>();
        foreach (var (name, value) in Properties(week, WeekdayNames))
        {
            if (ReadRanges(value) is { } ranges)
            {
                days[Weekdays[name]] = ranges;
            }
        }

        return days.ToImmutable();
    }

    private ImmutableArray<TimeRange>? ReadRanges(JsonNode node)
    {
        if (Expect<JsonArrayNode>(node, "an array of time ranges such as `[\"09:00-12:00\", \"13:00-18:00\"]`; `[]` for a closed day") is not { } array)
        {
            return null;
        }

        var ranges = ImmutableArray.CreateBuilder<TimeRange>();
        foreach (var item in array.Items)
        {
            if (Expect<JsonStringNode>(item, "a time range such as `09:00-18:00`") is { } text)
            {
                if (TimeRange.TryParse(text.Value, out var range, out var problem))
                {
                    ranges.Add(range);
                }
                else
                {
                    Error(item, problem);
                }
            }
        }

        return ranges.ToImmutable();
    }

    private ImmutableDictionary<DateOnly, SpecialDate>? ReadSpecialDates(JsonNode node)
    {
        if (Expect<JsonObjectNode>(node, "an object of dates, such as `{ \"2026-01-01\": { \"activeHours\": [] } }`") is not { } dates)
        {
            return null;
        }

        var result = ImmutableDictionary.CreateBuilder<DateOnly, SpecialDate>();
        foreach (var property in dates.Properties)
        {
            if (!DateOnly.TryParseExact(property.Name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add(new ServeProblem(property.NamePosition, property.Value.Path, DiagnosticSeverity.Error, null, $"`{JsonNode.Quoted(property.Name)}` is not a date; write `YYYY-MM-DD`, such as `2026-01-01`"));
                continue;
            }

            if (result.ContainsKey(date))
            {
                problems.Add(new ServeProblem(property.NamePosition, property.Value.Path, DiagnosticSeverity.Error, null, $"the date `{JsonNode.Quoted(property.Name)}` is given twice"));
                continue;
            }

            if (Expect<JsonObjectNode>(property.Value, "an object with `activeHours` and optionally `name`, `whenActive`, `whenInactive`") is not { } day)
            {
                continue;
            }

            var fields = Properties(day, SpecialDateProperties);
            var name = fields.GetValueOrDefault("name") is { } nameNode ? Expect<JsonStringNode>(nameNode, "a string")?.Value : null;
            var ranges = Required(day, fields, "activeHours") is { } rangesNode ? ReadRanges(rangesNode) : null;
            var whenActive = fields.GetValueOrDefault("whenActive") is { } activeNode ? ReadScript(activeNode) : null;
            var whenInactive = fields.GetValueOrDefault("whenInactive") is { } inactiveNode ? ReadScript(inactiveNode) : null;
            if (ranges is { } hours)
            {
                result[date] = new SpecialDate(name is null ? null : JsonNode.Quoted(name), hours, whenActive, whenInactive);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Reads an answer: one action line as a string, or up to two lines as an array of strings. It is
    /// validated with the reader's options (the dashboard profile unless configured), and each diagnostic is placed at its character in the file.
    /// </summary>
    private ActionScript? ReadScript(JsonNode node)
    {
        const string Expected = "an action line such as `\"voicemail\"`, or an array of up to two lines";
        JsonStringNode?[] lines = node switch
        {
            JsonStringNode line => [line],
            JsonArrayNode array => array.Items.Select(item => Expect<JsonStringNode>(item, "an action line (a string)")).ToArray(),
            _ => [Expect<JsonStringNode>(node, Expected)],
        };
        if (lines.Any(line => line is null))
        {
            return null;
        }

        var text = string.Join('\n', lines.Select(line => line!.Value));
        var result = ActionScript.Parse(text, validation);
        foreach (var diagnostic in result.Diagnostics)
        {
            problems.Add(Place(node, lines!, diagnostic));
        }

        return result.Script;
    }

    private static ServeProblem Place(JsonNode node, JsonStringNode[] lines, Diagnostic diagnostic)
    {
        if (lines.Length == 0)
        {
            return new ServeProblem(node.Position, node.Path, diagnostic.Severity, diagnostic.Code, diagnostic.Message);
        }

        // The lines were joined by `\n`: find the string the diagnostic's offset falls in.
        var start = 0;
        var index = 0;
        while (index + 1 < lines.Length && diagnostic.Span.Offset >= start + lines[index].Value.Length + 1)
        {
            start += lines[index].Value.Length + 1;
            index++;
        }

        var line = lines[index];
        var offset = Math.Clamp(diagnostic.Span.Offset - start, 0, line.Value.Length);
        return new ServeProblem(line.PositionOf(offset), line.Path, diagnostic.Severity, diagnostic.Code, diagnostic.Message);
    }

    private Dictionary<string, JsonNode> Properties(JsonObjectNode node, IReadOnlyCollection<string> known) =>
        node.PropertiesNamed(known, "property", (position, path, message) => problems.Add(new ServeProblem(position, path, DiagnosticSeverity.Error, null, message)));

    private JsonNode? Required(JsonObjectNode owner, Dictionary<string, JsonNode> properties, string name) => owner.Required(properties, name, Error);

    private T? Expect<T>(JsonNode node, string expected)
        where T : JsonNode => node.As<T>(expected, Error);

    private void Error(JsonNode node, string message) =>
        problems.Add(new ServeProblem(node.Position, node.Path, DiagnosticSeverity.Error, null, message));
}
