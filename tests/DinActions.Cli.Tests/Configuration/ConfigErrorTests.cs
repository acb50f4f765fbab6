using DinActions.Cli.Configuration;
using FluentAssertions;

namespace DinActions.Cli.Tests.Configuration;

/// <summary>
/// Every kind of mistake in a <c>.dinlint.json</c> is an error with its line, column and JSON path, and the
/// reader goes on to find the others.
/// </summary>
public sealed class ConfigErrorTests
{
    [Theory]
    [InlineData("{ \"profle\": \"api\" }", "1:3: error: $.profle: unknown key `profle`; did you mean `profile`?")]
    [InlineData("{ \"color\": true }", "1:3: error: $.color: unknown key `color`; expected one of `profile`, `numberingPlan`, `lines`, `rules`, `languages`, `overrides`")]
    [InlineData("{ \"root\": true }", "1:3: error: $.root: unknown key `root`; expected one of `profile`, `numberingPlan`, `lines`, `rules`, `languages`, `overrides`")]
    [InlineData("{ \"profile\": \"web\" }", "1:14: error: $.profile: `web` is not a profile; write `api` or `dashboard`")]
    [InlineData("{ \"profile\": \"Dashboard\" }", "1:14: error: $.profile: `Dashboard` is not a profile; did you mean `dashboard`? write `api` or `dashboard`")]
    [InlineData("{ \"profile\": 2 }", "1:14: error: $.profile: expected a profile: `api` or `dashboard`; found a number")]
    [InlineData("{ \"numberingPlan\": \"no\" }", "1:20: error: $.numberingPlan: expected `true` or `false`; found a string")]
    [InlineData("{ \"rules\": [] }", "1:12: error: $.rules: expected an object of rule codes and severities, such as `{ \"DIN0041\": \"error\" }`; found an array")]
    [InlineData("{ \"rules\": { \"DIN0410\": \"off\" } }", "1:14: error: $.rules.DIN0410: unknown rule `DIN0410`; did you mean `DIN0010`?")]
    [InlineData("{ \"rules\": { \"E501\": \"off\" } }", "1:14: error: $.rules.E501: unknown rule `E501`; `din rules` lists every code")]
    [InlineData("{ \"rules\": { \"DIN0041\": \"warn\" } }", "1:25: error: $.rules.DIN0041: `warn` is not a severity; did you mean `warning`? write `off`, `info`, `warning` or `error`")]
    [InlineData("{ \"rules\": { \"DIN0041\": false } }", "1:25: error: $.rules.DIN0041: expected a severity: `off`, `info`, `warning` or `error`; found a boolean")]
    [InlineData("{ \"rules\": { \"DIN0041\": \"off\", \"din0041\": \"error\" } }", "1:32: error: $.rules.din0041: `DIN0041` is given twice")]
    [InlineData("{ \"profile\": \"api\", \"profile\": \"api\" }", "1:21: error: $.profile: `profile` is given twice")]
    [InlineData("[]", "1:1: error: $: expected an object such as `{ \"profile\": \"dashboard\" }`; found an array")]
    [InlineData("  ", "1:1: error: $: the file is empty; expected a JSON object")]
    public void A_mistake_at_the_top_level_is_reported_where_it_is(string json, string expected) =>
        Problems(json).Should().Equal(expected);

    [Theory]
    [InlineData("{ \"ko\": \"supported\" }", "1:18: error: $.languages.ko: `ko` is not in the catalog: give the scripts its voice reads, such as `\"ko\": { \"status\": \"supported\", \"scripts\": [\"Latin\"] }`")]
    [InlineData("{ \"ko\": { \"status\": \"supported\" } }", "1:18: error: $.languages.ko: `ko` is not in the catalog: give the scripts its voice reads, such as `\"ko\": { \"status\": \"supported\", \"scripts\": [\"Latin\"] }`")]
    [InlineData("{ \"id\": \"spoken\" }", "1:24: error: $.languages.id: `spoken` is not a status; write `supported` or `paused`")]
    [InlineData("{ \"id\": { \"scripts\": [\"Latin\"] } }", "1:24: error: $.languages.id: `status` is missing: write `\"supported\"` or `\"paused\"`")]
    [InlineData("{ \"id\": { \"status\": \"supported\", \"voice\": \"x\" } }", "1:49: error: $.languages.id.voice: unknown key `voice`; expected one of `status`, `name`, `scripts`, `aliases`")]
    [InlineData("{ \"ko\": { \"status\": \"supported\", \"scripts\": [\"Hangeul\"] } }", "1:61: error: $.languages.ko.scripts[0]: unknown writing script `Hangeul`; did you mean `Hangul`? expected one of `Latin`, `Japanese`, `Hangul`, `Cyrillic`, `Greek`, `Arabic`, `Other`")]
    [InlineData("{ \"ko\": { \"status\": \"supported\", \"scripts\": [] } }", "1:60: error: $.languages.ko.scripts: a voice reads at least one script; expected an array of writing scripts, such as `[\"Latin\"]`: `Latin`, `Japanese`, `Hangul`, `Cyrillic`, `Greek`, `Arabic`, `Other`")]
    [InlineData("{ \"id\": { \"status\": \"supported\", \"name\": \" \" } }", "1:57: error: $.languages.id.name: the name is empty; write the language's English name, such as `\"Korean\"`")]
    [InlineData("{ \"id\": { \"status\": \"supported\", \"aliases\": [1] } }", "1:61: error: $.languages.id.aliases[0]: expected a string; found a number")]
    [InlineData("{ \"k o\": \"paused\" }", "1:18: error: $.languages['k o']: `k o` is not a language code: write a letter, then letters, digits, `-` or `_`, such as `ko` or `pt-BR`")]
    [InlineData("{ \"id\": 1 }", "1:24: error: $.languages.id: expected a status (`\"supported\"` or `\"paused\"`), or an object with `status` and optionally `name`, `scripts`, `aliases`; found a number")]
    public void A_mistake_in_a_language_is_reported_where_it_is(string languages, string expected) =>
        Problems($"{{ \"languages\": {languages} }}").Should().Equal(expected);

    [Theory]
    [InlineData("legacy/**.din", 7, "`**` stands alone between slashes, as in `legacy/**/*.din`; within a name write `*`")]
    [InlineData("a/b**/c", 3, "`**` stands alone between slashes, as in `legacy/**/*.din`; within a name write `*`")]
    [InlineData("***", 0, "`**` stands alone between slashes, as in `legacy/**/*.din`; within a name write `*`")]
    [InlineData("/legacy/*.din", 0, "a pattern is relative to the folder of `.dinlint.json`: drop the leading `/`")]
    [InlineData("legacy\\\\*.din", 6, "`\\` does not separate folders in a pattern: write `/`")]
    [InlineData("a?.din", 1, "`?` is not a wildcard here: patterns know `*` (any characters of a name) and `**` (any folders); for alternatives, give `files` an array of patterns")]
    [InlineData("{a,b}/*.din", 0, "`{` is not a wildcard here: patterns know `*` (any characters of a name) and `**` (any folders); for alternatives, give `files` an array of patterns")]
    [InlineData("x[0-9].din", 1, "`[` is not a wildcard here: patterns know `*` (any characters of a name) and `**` (any folders); for alternatives, give `files` an array of patterns")]
    [InlineData("!legacy/**", 0, "`!` does not exclude here: an override applies to the files its patterns match; give the excluded files an override of their own after it")]
    [InlineData("a/../b", 2, "`..` leaves the folder of `.dinlint.json`; its patterns match only files under it")]
    [InlineData("../shared/*.din", 0, "`..` leaves the folder of `.dinlint.json`; its patterns match only files under it")]
    [InlineData("", 0, "an empty pattern matches no file; write one such as `legacy/**/*.din`")]
    public void A_pattern_that_would_not_match_what_it_seems_to_is_reported_at_its_character(string pattern, int offset, string message)
    {
        // The pattern starts at column 27 of line 3; `\\` in the JSON is one character of the pattern, two in the file.
        var json = "{\n  \"overrides\": [\n    { \"files\": [\"ok/**\", \"" + pattern + "\"] }\n  ]\n}";
        var column = 27 + offset + (pattern[..Math.Min(offset, pattern.Length)].Count(character => character == '\\'));

        Problems(json).Should().Equal($"3:{column}: error: $.overrides[0].files[1]: {message}");
    }

    [Theory]
    [InlineData("[{ \"profile\": \"api\" }]", "1:17: error: $.overrides[0]: `files` is missing: write the pattern or patterns of the files it is for, such as `\"legacy/**/*.din\"`")]
    [InlineData("[{ \"files\": [] }]", "1:28: error: $.overrides[0].files: an empty array matches no file; expected a pattern such as `\"legacy/**/*.din\"`, or an array of patterns")]
    [InlineData("[{ \"files\": 3 }]", "1:28: error: $.overrides[0].files: expected a pattern such as `\"legacy/**/*.din\"`, or an array of patterns; found a number")]
    [InlineData("[{ \"files\": \"a/**\", \"overrides\": [] }]", "1:36: error: $.overrides[0].overrides: unknown key `overrides`; expected one of `files`, `profile`, `numberingPlan`, `lines`, `rules`, `languages`")]
    [InlineData("[{ \"files\": \"a/**\", \"rules\": { \"DIN0041\": \"of\" } }]", "1:58: error: $.overrides[0].rules.DIN0041: `of` is not a severity; did you mean `off`? write `off`, `info`, `warning` or `error`")]
    [InlineData("[\"a/**\"]", "1:17: error: $.overrides[0]: expected an object with `files` and the settings for them; found a string")]
    [InlineData("{}", "1:16: error: $.overrides: expected an array of overrides, such as `[{ \"files\": \"legacy/**\", \"profile\": \"dashboard\" }]`; found an object")]
    public void A_mistake_in_an_override_is_reported_where_it_is(string overrides, string expected) =>
        Problems($"{{ \"overrides\": {overrides} }}").Should().Equal(expected);

    [Fact]
    public void A_key_with_a_line_break_is_shown_escaped_in_the_path_and_the_message() =>
        Problems("{ \"a\\nb\": 1 }").Should().Equal("1:3: error: $['a\\nb']: unknown key `aU+000Ab`; expected one of `profile`, `numberingPlan`, `lines`, `rules`, `languages`, `overrides`");

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        const string Json = "// the team's settings\n{\n  /* every file */ \"profile\": \"dashboard\",\n  \"rules\": { \"DIN0041\": \"error\", },\n}\n";

        LintConfigReader.Read("/repo/.dinlint.json", Json, out var config).Should().BeEmpty();

        config!.Root.Profile.Should().Be(ValidationProfile.Dashboard);
        config.Root.Rules.Should().Equal(new Dictionary<string, RuleSeverity> { ["DIN0041"] = RuleSeverity.Error });
    }

    [Fact]
    public void Text_that_is_not_json_is_an_error_at_its_position()
    {
        Problems("{\n  \"profile\": \"api\"\n  \"rules\": {}\n}").Should().ContainSingle()
            .Which.Should().StartWith("3:3: error: $: not valid JSON:");
    }

    [Fact]
    public void Every_problem_is_found_in_one_reading_in_the_order_of_the_file()
    {
        var problems = Problems("{\n  \"profle\": \"api\",\n  \"rules\": { \"DIN9999\": \"off\" },\n  \"overrides\": [{ \"files\": \"a?\" }]\n}");

        problems.Select(problem => problem[..problem.IndexOf(": error", StringComparison.Ordinal)]).Should().Equal("2:3", "3:14", "4:30");
    }

    [Fact]
    public void A_configuration_with_any_problem_gives_no_settings()
    {
        LintConfigReader.Read("/repo/.dinlint.json", "{ \"profile\": \"dashboard\", \"x\": 1 }", out var config).Should().ContainSingle();

        config.Should().BeNull();
    }

    private static List<string> Problems(string json) =>
        [.. LintConfigReader.Read("/repo/.dinlint.json", json, out _).Select(problem => problem.Format("x")[2..])];
}
