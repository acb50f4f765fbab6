using System.Text.Json;
using DinActions.Cli.Configuration;
using FluentAssertions;

namespace DinActions.Cli.Tests.Configuration;

/// <summary>
/// <c>"lines": true</c> in a <c>.dinlint.json</c>: the files it covers are read a line at a time, by <c>din lint</c> as
/// <c>--lines</c> reads them and by <c>din fmt</c> line by line, so a folder of served logs needs no flag in CI.
/// </summary>
public sealed class LinesSettingTests : IDisposable
{
    // Line 2 lacks the `+` of E.164 (DIN0010); as one script the three lines are also too many actions (DIN0051).
    private const string Log = "say en \"Hello\"\ntransfer 81336042000\nvoicemail\n";

    private readonly TempFolder folder = new();

    public LinesSettingTests() => Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_file_an_override_marks_as_lines_is_linted_line_by_line_as_with_the_lines_option()
    {
        var path = folder.Write("served.log", Log);
        folder.Write(".dinlint.json", """{ "numberingPlan": false }""");
        var asScript = await Din.InProcess("lint", "--format", "json", path);
        var withOption = await Din.InProcess("lint", "--format", "json", "--lines", path);

        folder.Write(".dinlint.json", """{ "numberingPlan": false, "overrides": [ { "files": ["*.log"], "lines": true } ] }""");
        var configured = await Din.InProcess("lint", "--format", "json", path);

        Codes(asScript.Output).Should().Contain(DiagnosticCodes.TooManyActions, "without the setting the file is one script");
        Codes(configured.Output).Should().Equal(DiagnosticCodes.NumberMissingPlus);
        configured.Should().Be(withOption);
        configured.Exit.Should().Be(1);
    }

    [Fact]
    public async Task Print_config_shows_which_files_are_read_as_lines()
    {
        folder.Write(".dinlint.json", """{ "overrides": [ { "files": ["logs/**"], "lines": true } ] }""");

        Lines((await Din.InProcess("lint", "--print-config", Path.Combine(folder.Path, "logs", "a.log"))).Output).Should().BeTrue();
        Lines((await Din.InProcess("lint", "--print-config", Path.Combine(folder.Path, "a.din"))).Output).Should().BeFalse();
    }

    [Theory]
    [InlineData("""{ "lines": "yes" }""", "$.lines")]
    [InlineData("""{ "overrides": [ { "files": ["*.log"], "lines": 1 } ] }""", "$.overrides[0].lines")]
    public async Task A_lines_setting_that_is_not_a_boolean_is_a_configuration_error(string config, string jsonPath)
    {
        var path = folder.Write("served.log", Log);
        folder.Write(".dinlint.json", config);

        var run = await Din.InProcess("lint", path);

        run.Exit.Should().Be(2);
        run.Error.Should().Contain($"error: {jsonPath}: expected `true` or `false`");
    }

    [Fact]
    public void The_command_lines_option_wins_over_a_configuration_that_says_no()
    {
        var config = ReadConfig("""{ "lines": true, "overrides": [ { "files": ["*.din"], "lines": false } ] }""");
        var overrides = config.OverridesFor(Path.Combine(folder.Path, "a.din"));

        FileSettings.Resolve(config, overrides, ExplicitSettings.None).Lines.Should().BeFalse("the later override says no");
        FileSettings.Resolve(config, [], ExplicitSettings.None).Lines.Should().BeTrue();
        FileSettings.Resolve(config, overrides, new ExplicitSettings(Lines: true)).Lines.Should().BeTrue();
        FileSettings.Resolve(null, [], ExplicitSettings.None).Lines.Should().BeFalse("a file is one script unless something says otherwise");
    }

    [Fact]
    public async Task Fmt_formats_each_line_of_a_lines_file_and_writes_canonical_breaks()
    {
        folder.Write(".dinlint.json", """{ "lines": true }""");
        var path = folder.Write("served.log", "say  en \"Hello\"\r\ntransfer +81336042000 \rvoicemail");

        (await Din.InProcess("fmt", path)).Should().Be(new DinRun(0, "say en \"Hello\"\ntransfer +81336042000\nvoicemail", string.Empty));
    }

    [Fact]
    public async Task Fmt_leaves_a_lines_file_with_an_error_as_it_is_and_names_the_line()
    {
        folder.Write(".dinlint.json", """{ "lines": true }""");
        var path = folder.Write("served.log", Log.Replace("say en", "say  en", StringComparison.Ordinal));

        var run = await Din.InProcess("fmt", "--write", path);

        run.Exit.Should().Be(1);
        run.Error.Should().StartWith($"{path}:2:10: error {DiagnosticCodes.NumberMissingPlus}:");
        run.Error.Should().EndWith("not formatted: fix the errors first; the file was left as it is\n");
        File.ReadAllText(path).Should().Be(Log.Replace("say en", "say  en", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Codes(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray().Select(diagnostic => diagnostic.GetProperty("code").GetString()!);

    private static bool Lines(string json) => JsonDocument.Parse(json).RootElement.GetProperty("lines").GetBoolean();

    private LintConfigFile ReadConfig(string text)
    {
        LintConfigReader.Read(Path.Combine(folder.Path, ".dinlint.json"), text, out var config).Should().BeEmpty();
        return config!;
    }
}
