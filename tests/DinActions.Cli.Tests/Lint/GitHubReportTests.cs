using DinActions.Cli.Lint;
using FluentAssertions;

namespace DinActions.Cli.Tests.Lint;

/// <summary><c>din lint --format github</c>: workflow commands GitHub turns into annotations.</summary>
public sealed class GitHubReportTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("100%", "100%25")]
    [InlineData("%0A stays text", "%250A stays text")]
    [InlineData("one\r\ntwo\nthree", "one%0D%0Atwo%0Athree")]
    [InlineData("a: b, c", "a: b, c")]
    public void Data_escapes_percent_and_line_breaks_only(string text, string escaped) =>
        GitHubLintReporter.EscapeData(text).Should().Be(escaped);

    [Theory]
    [InlineData("actions/a.din", "actions/a.din")]
    [InlineData("C:\\actions\\a.din", "C%3A\\actions\\a.din")]
    [InlineData("a,b:c%d\ne", "a%2Cb%3Ac%25d%0Ae")]
    public void Properties_also_escape_colons_and_commas(string text, string escaped) =>
        GitHubLintReporter.EscapeProperty(text).Should().Be(escaped);

    [Fact]
    public async Task Each_severity_has_its_command_with_the_span_and_the_code_as_title()
    {
        var error = folder.Write("error.din", "transfer 81336042000");
        var warning = folder.Write("warning.din", "say id \"Selamat datang\"");
        var info = folder.Write("info.din", "say en \"Hi\"\n");

        var run = await Din.InProcess("lint", "--format", "github", error, warning, info);

        run.Exit.Should().Be(1);
        run.Output.Should().Be(
            $"::error file={error},line=1,col=10,endLine=1,endColumn=21,title=DIN0010::the transfer number `81336042000` lacks the `+` of E.164: write `+81336042000`\n" +
            $"::warning file={warning},line=1,col=5,endLine=1,endColumn=7,title=DIN0021::TTS support for `id` (Indonesian) is paused by the provider; the call may be silent\n" +
            $"::notice file={info},line=1,col=12,endLine=1,endColumn=13,title=DIN0058::the script ends with a line break; the action is read without it\n" +
            "1 error, 1 warning, 1 info in 3 files\n");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task A_path_with_a_comma_and_a_colon_and_a_message_with_a_percent_sign_are_escaped()
    {
        var path = folder.Write("sales, 50:50.din", "50%off");

        var run = await Din.InProcess("lint", "--format", "github", path);

        var escapedPath = path.Replace(",", "%2C", StringComparison.Ordinal).Replace(":", "%3A", StringComparison.Ordinal);
        run.Output.Should().StartWith($"::error file={escapedPath},line=1,col=1,endLine=1,endColumn=7,title=DIN0001::unknown action `50%25off`");
    }

    [Fact]
    public async Task Standard_input_has_no_file_to_point_at()
    {
        var run = await Din.WithInput("transfer 81336042000", "lint", "--format", "github", "-");

        run.Output.Should().StartWith("::error title=DIN0010::the transfer number `81336042000` lacks");
    }

    [Fact]
    public async Task An_unreadable_file_is_an_error_annotation_and_the_line_on_standard_error()
    {
        var missing = Path.Combine(folder.Path, "missing.din");

        var run = await Din.InProcess("lint", "--format", "github", missing);

        run.Exit.Should().Be(2);
        run.Output.Should().Be($"::error file={missing}::{missing}: no such file\n0 errors, 0 warnings in 0 files\n");
        run.Error.Should().Be($"{missing}: error: no such file\n");
    }
}
