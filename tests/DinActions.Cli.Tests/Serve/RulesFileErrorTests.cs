using DinActions.Cli.Serve;
using FluentAssertions;

namespace DinActions.Cli.Tests.Serve;

/// <summary>Every problem in a rules file is reported with its position and JSON path, all at once.</summary>
public sealed class RulesFileErrorTests
{
    [Fact]
    public void Each_problem_has_its_position_and_json_path()
    {
        const string text = """
            {
              // Comments are allowed.
              "timeZone": "Asia/Tokio",
              "activeHours": {
                "monday": ["09:00-12:00", "13:00-18:00"],
                "fryday": ["09:00-18:00"],
                "sunday": ["18:00-09:00", "9:00-10:00"]
              },
              "whenActive": ["say en \"Connecting \\\"you\\\".\"", "tranfer +81336042000"],
              "whenInactive": "say jp \"We are closed.\"",
              "specialDates": { "2026-13-01": { "activeHours": [] }, "2026-01-01": { "activeHours": 5 } },
              "whenAnonymous": ["say en \"a\"", "voicemail", "voicemail"],
              "WhenActive": []
            }
            """;

        var problems = RulesReader.Read(text, out var rules);

        rules.Should().BeNull();
        problems.Select(problem => problem.Format("rules.json")).Should().Equal(
            "rules.json:3:15: error: $.timeZone: unknown time zone `Asia/Tokio`; write an IANA name such as `Asia/Tokyo`, `Europe/London` or `UTC`",
            "rules.json:6:5: error: $.activeHours.fryday: unknown property `fryday`; did you mean `friday`?",
            "rules.json:7:16: error: $.activeHours.sunday[0]: the range `18:00-09:00` ends before it starts; a range within one day runs from an earlier to a later time (split a night across two days, ending the first at `24:00`)",
            "rules.json:7:31: error: $.activeHours.sunday[1]: `9:00-10:00` is not a time range; write `HH:mm-HH:mm`, such as `09:00-18:00`",
            "rules.json:9:57: error DIN0001: $.whenActive[1]: unknown action `tranfer`; did you mean `transfer`?",
            "rules.json:10:24: error DIN0020: $.whenInactive: unknown TTS language `jp`; did you mean `ja`?",
            "rules.json:11:21: error: $.specialDates['2026-13-01']: `2026-13-01` is not a date; write `YYYY-MM-DD`, such as `2026-01-01`",
            "rules.json:11:89: error: $.specialDates['2026-01-01'].activeHours: expected an array of time ranges such as `[\"09:00-12:00\", \"13:00-18:00\"]`; `[]` for a closed day; found a number",
            "rules.json:12:51: error DIN0051: $.whenAnonymous[2]: the `dashboard` profile allows 2 actions; this is action 3",
            "rules.json:12:51: warning DIN0052: $.whenAnonymous[2]: this action never runs: `voicemail` on line 2 ends the script's control of the call",
            "rules.json:13:3: error: $.WhenActive: unknown property `WhenActive`; did you mean `whenActive`?");
    }

    [Fact]
    public void What_the_file_says_is_quoted_in_a_message_with_its_control_characters_as_code_points()
    {
        // Found by the fuzzer: names, values, JSON paths and the JSON reader's own words were printed raw, so a
        // DEL, a line break or a bidirectional control in the file broke the problem's line or hid what it said.
        const string text = "{\"time\u007FZone\":\"UTC\",\"activeHours\":{\"mon\\nday\":[\"9:00\u202E\"]},\"whenActive\":\"voicemail\",\"whenInactive\":\"voicemail\",\"timeZone\":\"Asia/T\u007Fkyo\"}";

        var problems = RulesReader.Read(text, out _);

        problems.Select(problem => problem.Format("r.json")).Should().Equal(
            "r.json:1:2: error: $['time\\u007FZone']: unknown property `timeU+007FZone`; did you mean `timeZone`?",
            "r.json:1:35: error: $.activeHours['mon\\nday']: unknown property `monU+000Aday`; did you mean `monday`?",
            "r.json:1:120: error: $.timeZone: unknown time zone `Asia/TU+007Fkyo`; write an IANA name such as `Asia/Tokyo`, `Europe/London` or `UTC`");
        RulesReader.Read("{\"a\": t\u0001rue}", out _).Single().Message.Should().NotContain("\u0001").And.Contain("U+0001");
    }

    [Theory]
    [InlineData("Asia/")]
    [InlineData("Asia")]
    public void A_time_zone_that_names_a_folder_of_the_zone_database_is_unknown_not_a_crash(string zone)
    {
        // Found by the fuzzer: `Asia/` is a folder, and reading it as a zone threw a SecurityException.
        var problems = RulesReader.Read($$"""{"timeZone":"{{zone}}","activeHours":{},"whenActive":"voicemail","whenInactive":"voicemail"}""", out var rules);

        rules.Should().BeNull();
        problems.Single().Message.Should().Be($"unknown time zone `{zone}`; write an IANA name such as `Asia/Tokyo`, `Europe/London` or `UTC`");
    }

    [Fact]
    public void A_position_inside_an_escaped_string_counts_the_escapes_of_the_file()
    {
        // `\"` and `\u0041` are longer in the file than in the value; the caret must land on `Xx`.
        const string text = """{"timeZone":"UTC","activeHours":{},"whenActive":"say en \"\u0041\" Xx","whenInactive":"voicemail"}""";

        var problems = RulesReader.Read(text, out _);

        problems.Select(problem => problem.Format("r.json")).Should().Equal("r.json:1:68: error DIN0003: $.whenActive: text after the closing quote: `Xx`; put it inside the quotes or remove it");
        text[67..69].Should().Be("Xx");
    }

    [Theory]
    [InlineData("{\n  \"timeZone\": \"UTC\",\n  \"activeHours\": { \"monday\": [\"09:00-18:00\" }\n}", "r.json:3:45: error: $.activeHours.monday: not valid JSON: '}' is invalid without a matching open")]
    [InlineData("", "r.json:1:1: error: $: the file is empty; expected a JSON object")]
    [InlineData("[]", "r.json:1:1: error: $: expected an object with `timeZone`, `activeHours`, `whenActive` and `whenInactive`; found an array")]
    [InlineData("{}", "r.json:1:1: error: $: `timeZone` is missing")]
    [InlineData("{\"timeZone\": \"UTC\"} x", "r.json:1:21: error: $: not valid JSON: 'x' is invalid after a single JSON value. Expected end of data")]
    public void Broken_json_says_where_it_breaks(string text, string expected)
    {
        RulesReader.Read(text, out var rules).Select(problem => problem.Format("r.json")).First().Should().Be(expected);
        rules.Should().BeNull();
    }

    [Fact]
    public void A_valid_file_has_no_problem()
    {
        RulesReader.Read(RulesFiles.Office, out var rules).Should().BeEmpty();
        rules.Should().NotBeNull();
    }
}
