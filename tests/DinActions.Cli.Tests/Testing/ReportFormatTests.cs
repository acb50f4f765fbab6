using System.Text.Json;
using System.Xml.Linq;
using FluentAssertions;

namespace DinActions.Cli.Tests.Testing;

/// <summary>The JSON and JUnit reports of <c>din test</c>, read back as JSON and as XML.</summary>
public sealed class ReportFormatTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string actions;
    private readonly string scenarios;

    public ReportFormatTests()
    {
        actions = folder.Write("hello.din", "say en \"Hello\"");

        // A name with markup, quotes and a control character: reports must carry it without breaking.
        scenarios = folder.Write("s.jsonc", """
            { "recipient": "+8150123456789", "scenarios": [
              { "name": "greets", "caller": "+819012345678", "expect": { "actions": "say en \"Hello\"", "hears": "Hello" } },
              { "name": "<b>\"bye\" & \u0007</b>", "caller": "+819012345678", "expect": { "actions": ["say en \"Bye\""] } },
            ] }
            """);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_JSON_report_holds_each_scenario_its_answer_and_its_failures()
    {
        var run = await Din.InProcess("test", scenarios, "--target", actions, "--format", "json");

        run.Exit.Should().Be(ExitCodes.ErrorsFound);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        root.GetProperty("version").GetString().Should().Be("din-test/1");
        root.GetProperty("target").GetString().Should().Be(actions);
        root.GetProperty("summary").GetProperty("scenarios").GetInt32().Should().Be(2);
        root.GetProperty("summary").GetProperty("passed").GetInt32().Should().Be(1);
        root.GetProperty("summary").GetProperty("failed").GetInt32().Should().Be(1);
        var results = root.GetProperty("results").EnumerateArray().ToList();
        results.Select(result => result.GetProperty("name").GetString()).Should().Equal("greets", "<b>\"bye\" & \\u0007</b>");
        results.Select(result => result.GetProperty("passed").GetBoolean()).Should().Equal(true, false);
        results.Select(result => (result.GetProperty("line").GetInt32(), result.GetProperty("column").GetInt32())).Should().Equal((2, 3), (3, 3));
        results[0].GetProperty("rule").GetString().Should().Be("file");
        results[0].GetProperty("actions").EnumerateArray().Select(line => line.GetString()).Should().Equal("say en \"Hello\"");
        results[0].GetProperty("transcript").GetArrayLength().Should().Be(3);
        results[0].GetProperty("failures").GetArrayLength().Should().Be(0);
        var failure = results[1].GetProperty("failures").EnumerateArray().Should().ContainSingle().Subject;
        failure.GetProperty("expectation").GetString().Should().Be("actions");
        failure.GetProperty("expected").EnumerateArray().Select(line => line.GetString()).Should().Equal("say en \"Bye\"");
        failure.GetProperty("actual").EnumerateArray().Select(line => line.GetString()).Should().Equal("say en \"Hello\"");
    }

    [Fact]
    public async Task The_JUnit_report_is_XML_with_a_testcase_per_scenario_and_a_failure_with_the_diff()
    {
        var run = await Din.InProcess("test", scenarios, "--target", actions, "--format", "junit");

        run.Exit.Should().Be(ExitCodes.ErrorsFound);
        var xml = XDocument.Parse(run.Output);
        var suites = xml.Root!;
        suites.Name.LocalName.Should().Be("testsuites");
        suites.Attribute("tests")!.Value.Should().Be("2");
        suites.Attribute("failures")!.Value.Should().Be("1");
        suites.Attribute("skipped").Should().BeNull("testsuites has no `skipped` in the JUnit schemas");
        var suite = suites.Elements("testsuite").Should().ContainSingle().Subject;
        suite.Attribute("name")!.Value.Should().Be(scenarios);
        suite.Attribute("tests")!.Value.Should().Be("2");
        suite.Attribute("failures")!.Value.Should().Be("1");
        suite.Attribute("errors")!.Value.Should().Be("0");
        suite.Attribute("skipped")!.Value.Should().Be("0");
        double.Parse(suite.Attribute("time")!.Value, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(0);
        var cases = suite.Elements("testcase").ToList();
        cases.Select(testCase => testCase.Attribute("name")!.Value).Should().Equal("greets", "<b>\"bye\" & \\u0007</b>");
        cases.Select(testCase => testCase.Attribute("classname")!.Value).Should().AllBe(scenarios);
        cases.Select(testCase => testCase.Attribute("line")!.Value).Should().Equal("2", "3");
        cases.Select(testCase => testCase.Attribute("file")!.Value).Should().AllBe(scenarios);
        cases[0].Elements("failure").Should().BeEmpty();
        var failure = cases[1].Elements("failure").Should().ContainSingle().Subject;
        failure.Attribute("message")!.Value.Should().Be("actions: other action lines were answered");
        failure.Attribute("type")!.Value.Should().Be("actions");
        failure.Value.Should().Be("actions: other action lines were answered\n  - say en \"Bye\"\n  + say en \"Hello\"\n");
        run.Output.Should().Contain("name=\"&lt;b&gt;&quot;bye&quot; &amp; \\u0007&lt;/b&gt;\"");
    }

    [Fact]
    public async Task The_text_report_escapes_what_a_terminal_would_act_on()
    {
        var run = await Din.InProcess("test", scenarios, "--target", actions);

        run.Output.Should().Contain("FAIL  <b>\"bye\" & \\u0007</b>\n").And.NotContain("\u0007");
    }
}
