using DinActions.Cli.Testing;
using FluentAssertions;

namespace DinActions.Cli.Tests.Testing;

/// <summary>Every problem of a scenario file, with its line, column and JSON path, found before any call is placed.</summary>
public sealed class ScenarioFileErrorTests
{
    private const string Rules = "rules.json";
    private const string Actions = "welcome.din";
    private const string Url = "http://127.0.0.1:8080/din";

    public static TheoryData<string, string, string> Cases => new()
    {
        { "{ \"scenarios\": [", Rules, "1:17: error: $.scenarios: not valid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed" },
        { "  \n", Rules, "1:1: error: $: the file is empty; expected a JSON object" },
        { "[]", Rules, "1:1: error: $: expected an object with `target` and `scenarios`; found an array" },
        { "{\n  \"scenario\": []\n}", Rules, "1:1: error: $: `scenarios` is missing" },
        { "{\n  \"scenario\": []\n}", Rules, "2:3: error: $.scenario: unknown key `scenario`; did you mean `scenarios`?" },
        { "{ \"scenarios\": [], \"scenarios\": [] }", Rules, "1:20: error: $.scenarios: `scenarios` is given twice" },
        { "{ \"scenarios\": {} }", Rules, "1:16: error: $.scenarios: expected an array of scenarios, such as `[{ \"name\": \"...\", \"caller\": \"+8190...\", \"expect\": { ... } }]`; found an object" },
        { "{ \"scenarios\": [] }", Rules, "1:16: error: $.scenarios: no scenarios: a run that tests nothing passes whatever the target does; add at least one" },
        { "{ \"scenarios\": [] }", null!, "1:1: error: $: no target: add `\"target\": \"rules.json\"` (a rules file, an action file or an action URL), or give `--target`" },
        { "{ \"target\": 1, \"scenarios\": [] }", null!, "1:13: error: $.target: expected the rules file, action file or action URL to test, such as `\"rules.json\"`; found a number" },
        { "{ \"recipient\": \"8150123456789\", \"scenarios\": [] }", Rules, "1:16: error: $.recipient: `8150123456789` is not an E.164 number (`+`, then at most 15 digits, the first not 0); write `+8150123456789`" },
        { Scenario("\"nam\": \"a\""), Actions, "1:20: error: $.scenarios[0].nam: unknown key `nam`; did you mean `name`?" },
        { Scenario("\"nam\": \"a\""), Actions, "1:18: error: $.scenarios[0]: `name` is missing" },
        { Scenario("\"name\": \" \""), Actions, "1:28: error: $.scenarios[0].name: an empty string; expected the scenario's name, such as `\"New Year's Day, 10:00\"`" },
        { "{ \"scenarios\": [ " + Body("\"name\": \"a\"") + ", " + Body("\"name\": \"a\"") + " ] }", Actions, "1:131: error: $.scenarios[1].name: the name `a` is given to another scenario; each needs its own, so that a report says which failed" },
        { "{ \"scenarios\": [ { \"name\": \"a\", \"caller\": \"+0123\", \"recipient\": \"+8150123456789\", \"expect\": { \"hears\": \"x\" } } ] }", Actions, "1:43: error: $.scenarios[0].caller: `+0123` is not an E.164 number (`+`, then at most 15 digits, the first not 0)" },
        { Scenario("\"name\": \"a\", \"anonymous\": true"), Actions, "1:18: error: $.scenarios[0]: `caller` and `anonymous` exclude each other: a hidden number sends no caller" },
        { "{ \"scenarios\": [ { \"name\": \"a\", \"recipient\": \"+8150123456789\", \"expect\": { \"hears\": \"x\" } } ] }", Actions, "1:18: error: $.scenarios[0]: give `caller` (`\"+8190...\"`), or `\"anonymous\": true` for a hidden number" },
        { "{ \"scenarios\": [ { \"name\": \"a\", \"anonymous\": false, \"recipient\": \"+8150123456789\", \"expect\": { \"hears\": \"x\" } } ] }", Actions, "1:46: error: $.scenarios[0].anonymous: `false` says nothing here; expected `true` for a call from a hidden number (leave it out otherwise)" },
        { "{ \"scenarios\": [ { \"name\": \"a\", \"caller\": \"+819012345678\", \"expect\": { \"hears\": \"x\" } } ] }", Actions, "1:18: error: $.scenarios[0]: `recipient` is missing: give the number called here, or once for every scenario at the top of the file" },
        { Scenario("\"name\": \"a\""), Rules, "1:18: error: $.scenarios[0]: `at` is missing: a rules file answers by the hour, so give when the call comes in, such as `\"2026-01-01T10:00+09:00\"`" },
        { Scenario("\"name\": \"a\", \"at\": \"2026-01-01T10:00\""), Rules, "1:39: error: $.scenarios[0].at: `2026-01-01T10:00` is not a date and time with its offset; write `YYYY-MM-DDTHH:mm` and the offset, such as `2026-01-01T10:00+09:00` or `2026-01-01T01:00Z`" },
        { Scenario("\"name\": \"a\", \"at\": 20260101"), Rules, "1:39: error: $.scenarios[0].at: expected a date and time with its offset, such as `\"2026-01-01T10:00+09:00\"`; found a number" },
        { Scenario("\"name\": \"a\", \"at\": \"2026-01-01T10:00+09:00\""), Actions, "1:39: error: $.scenarios[0].at: `at` sets the hour a rules file answers at, but the target is an action file, which answers the same at any hour" },
        { Scenario("\"name\": \"a\", \"at\": \"2026-01-01T10:00+09:00\""), Url, "1:39: error: $.scenarios[0].at: `at` sets the hour a rules file answers at, but the target is a live action URL, which answers by its own clock" },
        { Scenario("\"name\": \"a\"", "{}"), Actions, "1:101: error: $.scenarios[0].expect: nothing is expected: a scenario that checks nothing always passes; give `actions`, `rule`, `hears`, `transcript` or `checksPass`" },
        { Scenario("\"name\": \"a\"", "\"voicemail\""), Actions, "1:101: error: $.scenarios[0].expect: expected an object with any of `actions`, `rule`, `hears`, `transcript`, `checksPass`; found a string" },
        { Scenario("\"name\": \"a\"", "{ \"heard\": \"x\" }"), Actions, "1:103: error: $.scenarios[0].expect.heard: unknown key `heard`; did you mean `hears`?" },
        { Scenario("\"name\": \"a\"", "{ \"rule\": \"file\" }"), Url, "1:111: error: $.scenarios[0].expect.rule: `rule` is the rule of a rules file that answered, but the target is a live action URL" },
        { Scenario("\"name\": \"a\"", "{ \"checksPass\": true }"), Actions, "1:117: error: $.scenarios[0].expect.checksPass: `checksPass` runs the checks of `din call` on a live action URL, but the target is an action file" },
        { Scenario("\"name\": \"a\"", "{ \"checksPass\": false }"), Url, "1:117: error: $.scenarios[0].expect.checksPass: `false` says nothing here; expected `true`: every check of `din call` passes (leave it out otherwise)" },
        { Scenario("\"name\": \"a\"", "{ \"actions\": 1 }"), Actions, "1:114: error: $.scenarios[0].expect.actions: expected an action line such as `\"voicemail\"`, or an array of lines; found a number" },
        { Scenario("\"name\": \"a\"", "{ \"hears\": [\"x\", 2] }"), Actions, "1:118: error: $.scenarios[0].expect.hears[1]: expected a string; found a number" },
        { Scenario("\"name\": \"a\"", "{ \"transcript\": \"x\" }"), Actions, "1:117: error: $.scenarios[0].expect.transcript: expected an array of the transcript's sentences; found a string" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_problem_is_reported_with_its_position_and_path(string text, string? target, string expected)
    {
        var problems = ScenarioReader.Read(text, target, out var file);

        file.Should().BeNull();
        problems.Select(problem => problem.Format("s.jsonc")).Should().Contain($"s.jsonc:{expected}");
    }

    [Fact]
    public void Every_problem_is_reported_in_one_pass_in_the_files_order()
    {
        var text = """
            {
              "target": "rules.json",
              "scenarios": [
                { "name": "a", "caller": "819012345678", "recipient": "+8150123456789", "at": "2026-01-05", "expect": { "rules": "active hours" } },
              ],
            }
            """;

        ScenarioReader.Read(text, null, out _).Select(problem => problem.Format("s.jsonc")).Should().Equal(
            "s.jsonc:4:30: error: $.scenarios[0].caller: `819012345678` is not an E.164 number (`+`, then at most 15 digits, the first not 0); write `+819012345678`",
            "s.jsonc:4:83: error: $.scenarios[0].at: `2026-01-05` is not a date and time with its offset; write `YYYY-MM-DDTHH:mm` and the offset, such as `2026-01-01T10:00+09:00` or `2026-01-01T01:00Z`",
            "s.jsonc:4:109: error: $.scenarios[0].expect.rules: unknown key `rules`; did you mean `rule`?");
    }

    [Fact]
    public void A_valid_file_reads_into_its_scenarios()
    {
        var text = """
            { "target": "rules.json", "recipient": "+8150123456789", "scenarios": [
              { "name": "a", "anonymous": true, "at": "2026-01-01T01:00Z", "expect": { "actions": "voicemail", "hears": "closed", "rule": "r" } },
            ] }
            """;

        ScenarioReader.Read(text, null, out var file).Should().BeEmpty();

        file!.Target.Should().Be("rules.json");
        var scenario = file.Scenarios.Should().ContainSingle().Subject;
        scenario.Should().BeEquivalentTo(new
        {
            Name = "a",
            Caller = (string?)null,
            Recipient = "+8150123456789",
            At = (DateTimeOffset?)new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero),
        });
        scenario.Expect.Actions.Should().Equal("voicemail");
        scenario.Expect.Hears.Should().Equal("closed");
        scenario.Expect.Rule.Should().Be("r");
    }

    private static string Body(string fields, string expect = "{ \"hears\": \"x\" }") =>
        "{ " + fields + ", \"caller\": \"+819012345678\", \"recipient\": \"+8150123456789\", \"expect\": " + expect + " }";

    private static string Scenario(string fields, string expect = "{ \"hears\": \"x\" }") => "{ \"scenarios\": [ " + Body(fields, expect) + " ] }";
}
