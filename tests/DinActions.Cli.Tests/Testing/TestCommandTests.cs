using FluentAssertions;

namespace DinActions.Cli.Tests.Testing;

/// <summary><c>din test</c> against rules files and action files: what passes, how a failure reads, and the exit codes.</summary>
public sealed class TestCommandTests : IDisposable
{
    private const string Rules = """
        {
          "timeZone": "Asia/Tokyo",
          "activeHours": { "monday": ["09:00-18:00"] },
          "whenActive": ["say en \"Connecting you.\"", "transfer +81336042000"],
          "whenInactive": "voicemail say en \"We are closed.\"",
          "whenAnonymous": "say en \"Please show your number.\"",
          "specialDates": { "2026-01-12": { "name": "Coming of Age Day", "activeHours": [] } }
        }
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Scenarios_that_hold_on_a_rules_file_pass_one_line_each_and_exit_0()
    {
        folder.Write("rules.json", Rules);
        var scenarios = folder.Write("office.jsonc", """
            // The rules file sits beside this file.
            {
              "target": "rules.json",
              "recipient": "+8150123456789",
              "scenarios": [
                { "name": "monday 09:00", "caller": "+819012345678", "at": "2026-01-05T09:00+09:00",
                  "expect": { "rule": "active hours", "actions": ["say en \"Connecting you.\"", "transfer +81336042000"] } },
                { "name": "monday 18:00 is closed", "caller": "+819012345678", "at": "2026-01-05T09:00Z",
                  "expect": { "rule": "outside active hours", "hears": ["We are closed.", "voicemail"] } },
                { "name": "holiday", "caller": "+819012345678", "at": "2026-01-12T10:00:30+09:00",
                  "expect": { "rule": "special date 2026-01-12 (Coming of Age Day): outside active hours" } },
                { "name": "hidden number", "anonymous": true, "recipient": "+81501111111", "at": "2026-01-05T10:00+09:00",
                  "expect": { "rule": "anonymous caller", "transcript": [
                    "A call from a hidden number to +81501111111 is answered.",
                    "The caller hears, in English: \"Please show your number.\"",
                    "The call is hung up.",
                  ] } },
              ],
            }
            """);

        var run = await Din.InProcess("test", scenarios);

        run.Error.Should().BeEmpty();
        run.Output.Should().Be(
            "PASS  monday 09:00\n"
            + "PASS  monday 18:00 is closed\n"
            + "PASS  holiday\n"
            + "PASS  hidden number\n"
            + $"4 passed, 0 failed ({scenarios} against {Path.Combine(folder.Path, "rules.json")})\n");
        run.Exit.Should().Be(ExitCodes.Success);
    }

    [Fact]
    public async Task A_failing_scenario_shows_each_expectation_with_the_lines_expected_and_found_and_exits_1()
    {
        var rules = folder.Write("rules.json", Rules);
        var scenarios = folder.Write("office.jsonc", """
            {
              "recipient": "+8150123456789",
              "scenarios": [
                { "name": "sunday", "caller": "+819012345678", "at": "2026-01-04T10:00+09:00",
                  "expect": { "rule": "active hours", "actions": "transfer +81336042000", "hears": "Connecting" } },
                { "name": "monday", "caller": "+819012345678", "at": "2026-01-05T10:00+09:00", "expect": { "rule": "active hours" } },
              ],
            }
            """);

        var run = await Din.InProcess("test", scenarios, "--target", rules);

        run.Output.Should().Be(
            "FAIL  sunday\n"
            + "      rule: another rule answered: `outside active hours`\n"
            + "        - active hours\n"
            + "        + outside active hours\n"
            + "      actions: other action lines were answered\n"
            + "        - transfer +81336042000\n"
            + "        + voicemail say en \"We are closed.\"\n"
            + "      hears: `Connecting` is not in the transcript\n"
            + "        - Connecting\n"
            + "        + A call from +819012345678 to +8150123456789 is answered.\n"
            + "        + The caller hears, in English: \"We are closed.\"\n"
            + "        + The caller's message is recorded into the account's voicemail; the script's control of the call ends.\n"
            + "PASS  monday\n"
            + $"1 passed, 1 failed ({scenarios} against {rules})\n");
        run.Exit.Should().Be(ExitCodes.ErrorsFound);
    }

    [Fact]
    public async Task An_action_file_is_run_through_the_interpreter_for_each_caller()
    {
        var actions = folder.Write("welcome.din", "voicemail say ja \"ただいま留守にしております。\"\n");
        var scenarios = folder.Write("welcome.jsonc", """
            {
              "target": "welcome.din",
              "scenarios": [
                { "name": "known caller", "caller": "+819012345678", "recipient": "+8150123456789",
                  "expect": { "actions": "voicemail say ja \"ただいま留守にしております。\"", "transcript": [
                    "A call from +819012345678 to +8150123456789 is answered.",
                    "The caller hears, in Japanese: \"ただいま留守にしております。\"",
                    "The caller's message is recorded into the account's voicemail; the script's control of the call ends.",
                  ] } },
                { "name": "hidden number", "anonymous": true, "recipient": "+8150123456789", "expect": { "hears": "A call from a hidden number" } },
                { "name": "expects a transfer", "caller": "+819012345678", "recipient": "+8150123456789", "expect": { "hears": "transferred" } },
              ],
            }
            """);

        var run = await Din.InProcess("test", scenarios);

        run.Error.Should().Be($"{actions}:1:34: info DIN0058: the script ends with a line break; the action is read without it\n", "what is not an error is shown, and the scenarios run");
        run.Output.Should().StartWith("PASS  known caller\nPASS  hidden number\nFAIL  expects a transfer\n      hears: `transferred` is not in the transcript\n");
        run.Output.Should().EndWith($"2 passed, 1 failed ({scenarios} against {actions})\n");
        run.Exit.Should().Be(ExitCodes.ErrorsFound);
    }

    [Fact]
    public async Task The_command_line_target_wins_over_the_files_and_is_what_the_file_is_checked_against()
    {
        var actions = folder.Write("hello.din", "say en \"Hello\"");
        var scenarios = folder.Write("s.jsonc", """
            { "target": "missing.json", "scenarios": [ { "name": "hello", "caller": "+819012345678", "recipient": "+8150123456789", "expect": { "hears": "Hello" } } ] }
            """);

        var overridden = await Din.InProcess("test", scenarios, "--target", actions);
        var fromFile = await Din.InProcess("test", scenarios);

        overridden.Output.Should().Be($"PASS  hello\n1 passed, 0 failed ({scenarios} against {actions})\n");
        overridden.Exit.Should().Be(ExitCodes.Success);
        fromFile.Exit.Should().Be(ExitCodes.UsageOrIo, "the file's own target is a rules file, so the scenario lacks `at`");
        fromFile.Error.Should().Be(
            $"{scenarios}:1:44: error: $.scenarios[0]: `at` is missing: a rules file answers by the hour, so give when the call comes in, such as `\"2026-01-01T10:00+09:00\"`\n"
            + $"din test: 1 error in {scenarios}; no scenario run\n");
    }

    [Fact]
    public async Task The_report_goes_to_the_output_file_and_nothing_to_standard_output()
    {
        var actions = folder.Write("hello.din", "say en \"Hello\"");
        var scenarios = folder.Write("s.jsonc", """
            { "scenarios": [ { "name": "hello", "caller": "+819012345678", "recipient": "+8150123456789", "expect": { "hears": "Hello" } } ] }
            """);
        var report = Path.Combine(folder.Path, "report.xml");

        var run = await Din.InProcess("test", scenarios, "--target", actions, "--format", "junit", "-o", report);

        run.Exit.Should().Be(ExitCodes.Success);
        run.Output.Should().BeEmpty();
        File.ReadAllText(report).Should().StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<testsuites name=\"din test\" tests=\"1\" failures=\"0\"");
    }

    [Fact]
    public async Task An_output_file_that_cannot_be_written_exits_2_before_any_call()
    {
        var actions = folder.Write("hello.din", "say en \"Hello\"");
        var scenarios = folder.Write("s.jsonc", """
            { "scenarios": [ { "name": "hello", "caller": "+819012345678", "recipient": "+8150123456789", "expect": { "hears": "Hello" } } ] }
            """);
        var report = Path.Combine(folder.Path, "no-such-folder", "report.xml");

        var run = await Din.InProcess("test", scenarios, "--target", actions, "--output", report);

        run.Exit.Should().Be(ExitCodes.UsageOrIo);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith($"{report}: error: cannot write the report: ");
    }

    [Fact]
    public async Task A_scenario_file_that_cannot_be_read_exits_2()
    {
        var missing = Path.Combine(folder.Path, "missing.jsonc");

        var run = await Din.InProcess("test", missing);

        run.Exit.Should().Be(ExitCodes.UsageOrIo);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith($"{missing}: error: ");
    }

    [Fact]
    public async Task A_target_with_errors_is_reported_with_its_positions_and_no_scenario_runs()
    {
        var rules = folder.Write("rules.json", Rules.Replace("say en \\\"We are closed.\\\"", "say jp \\\"We are closed.\\\"", StringComparison.Ordinal));
        var actions = folder.Write("bad.din", "tranfer +81336042000");
        var scenarios = folder.Write("s.jsonc", """
            { "recipient": "+8150123456789", "scenarios": [ { "name": "a", "caller": "+819012345678", "expect": { "hears": "x" } } ] }
            """);
        var timed = folder.Write("t.jsonc", """
            { "recipient": "+8150123456789", "scenarios": [ { "name": "a", "caller": "+819012345678", "at": "2026-01-05T10:00+09:00", "expect": { "hears": "x" } } ] }
            """);

        var badRules = await Din.InProcess("test", timed, "--target", rules);
        var badActions = await Din.InProcess("test", scenarios, "--target", actions);
        var missingTarget = await Din.InProcess("test", scenarios, "--target", Path.Combine(folder.Path, "gone.din"));
        var badUrl = await Din.InProcess("test", scenarios, "--target", "http://");

        badRules.Exit.Should().Be(ExitCodes.UsageOrIo);
        badRules.Output.Should().BeEmpty();
        badRules.Error.Should().Be(
            $"{rules}:5:34: error DIN0020: $.whenInactive: unknown TTS language `jp`; did you mean `ja`?\n"
            + $"din test: 1 error in {rules}; no scenario run\n");
        badActions.Exit.Should().Be(ExitCodes.UsageOrIo);
        badActions.Error.Should().Be(
            $"{actions}:1:1: error DIN0001: unknown action `tranfer`; did you mean `transfer`?\n"
            + $"din test: 1 error in {actions}; no scenario run\n");
        missingTarget.Exit.Should().Be(ExitCodes.UsageOrIo);
        missingTarget.Error.Should().StartWith($"{Path.Combine(folder.Path, "gone.din")}: error: ");
        badUrl.Exit.Should().Be(ExitCodes.UsageOrIo);
        badUrl.Error.Should().Be("din test: error: `http://` is not an absolute http or https URL\n");
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--profile", "web")]
    public async Task A_wrong_option_is_a_usage_error(string option, string value)
    {
        var run = await Din.InProcess("test", "s.jsonc", option, value);

        run.Exit.Should().Be(ExitCodes.UsageOrIo);
        run.Error.Should().Contain(value).And.EndWith("Run `din --help` for usage.\n");
    }

    [Fact]
    public async Task No_scenario_file_is_a_usage_error()
    {
        var run = await Din.InProcess("test");

        run.Exit.Should().Be(ExitCodes.UsageOrIo);
        run.Output.Should().BeEmpty();
    }
}
