using System.Xml.Linq;
using FluentAssertions;

namespace DinActions.Cli.Tests.Testing;

/// <summary><c>din test</c> against a live action URL: requested and checked by <c>din call</c>'s checker, on a server the test starts.</summary>
public sealed class LiveTargetTests(ScenarioServer server) : IClassFixture<ScenarioServer>, IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_live_url_is_called_with_the_scenarios_numbers_and_its_checks_pass()
    {
        var scenarios = folder.Write("live.jsonc", $$"""
            {
              "target": "{{server.Root}}/office",
              "recipient": "+8150123456789",
              "scenarios": [
                { "name": "known caller", "caller": "+819012345678", "expect": { "actions": "transfer +81336042000", "checksPass": true, "hears": "transferred to +81336042000" } },
                { "name": "hidden number", "anonymous": true, "expect": { "actions": ["say en \"Please call again with your number shown.\""], "checksPass": true } },
              ],
            }
            """);

        var run = await Din.InProcess("test", scenarios);

        run.Error.Should().BeEmpty();
        run.Output.Should().Be($"PASS  known caller\nPASS  hidden number\n2 passed, 0 failed ({scenarios} against {server.Root}/office)\n");
        run.Exit.Should().Be(ExitCodes.Success);
    }

    [Fact]
    public async Task A_failing_check_and_a_missing_answer_fail_the_scenario_with_the_checks_that_failed()
    {
        var scenarios = folder.Write("live.jsonc", """
            { "recipient": "+8150123456789", "scenarios": [ { "name": "broken", "caller": "+819012345678", "expect": { "checksPass": true, "actions": "voicemail" } } ] }
            """);

        var run = await Din.InProcess("test", scenarios, "--target", $"{server.Root}/broken");

        run.Output.Should().Be(
            "FAIL  broken\n"
            + "      actions: other action lines were answered; no valid action was answered (status: 500 Internal Server Error: the cloud needs 200 to read an action; the body begins `Traceback (most recent call last):`)\n"
            + "        - voicemail\n"
            + "      checksPass: a check of `din call` failed\n"
            + "        + action URL, status: 500 Internal Server Error: the cloud needs 200 to read an action; the body begins `Traceback (most recent call last):`\n"
            + $"0 passed, 1 failed ({scenarios} against {server.Root}/broken)\n");
        run.Exit.Should().Be(ExitCodes.ErrorsFound);
    }

    [Fact]
    public async Task A_hostile_answer_is_escaped_and_the_JUnit_report_is_still_XML()
    {
        var scenarios = folder.Write("live.jsonc", """
            { "recipient": "+8150123456789", "scenarios": [
              { "name": "hostile", "caller": "+819012345678", "expect": { "checksPass": true } },
            ] }
            """);

        var hostile = await Din.InProcess("test", scenarios, "--target", $"{server.Root}/hostile", "--format", "junit");
        var heard = folder.Write("heard.jsonc", """
            { "recipient": "+8150123456789", "scenarios": [ { "name": "markup", "caller": "+819012345678", "expect": { "hears": "Tom and Jerry" } } ] }
            """);
        var markup = await Din.InProcess("test", heard, "--target", $"{server.Root}/markup", "--format", "junit");

        hostile.Exit.Should().Be(ExitCodes.ErrorsFound);
        hostile.Output.Should().NotContain("\u001b").And.NotContain("\u202E").And.NotContain("\u0007");
        XDocument.Parse(hostile.Output).Descendants("failure").Should().ContainSingle().Which.Value.Should().Contain("`\\u001B[2J<b>&</b>\\u202Eevil\\u0007`");
        XDocument.Parse(markup.Output).Descendants("failure").Should().ContainSingle().Which.Value.Should().Contain("  + The caller hears, in English: \"<b>Tom & Jerry</b>\"\n");
        markup.Output.Should().Contain("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;");
    }
}
