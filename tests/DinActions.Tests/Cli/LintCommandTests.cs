using DinActions.Cli;
using FluentAssertions;

namespace DinActions.Tests.Cli;

public sealed class LintCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("din-lint-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_valid_file_exits_0_and_prints_the_summary()
    {
        var path = Write("ok.din", "say en \"Hello\"");

        var (exit, output, error) = await Run("lint", path);

        exit.Should().Be(0);
        output.Should().Be("0 errors, 0 warnings in 1 file\n");
        error.Should().BeEmpty();
    }

    [Fact]
    public async Task Errors_are_printed_compiler_style_and_exit_1()
    {
        var path = Write("typo.din", "tranfer 81336042000");

        var (exit, output, _) = await Run("lint", path);

        exit.Should().Be(1);
        output.Should().Be(
            $"{path}:1:1: error DIN0001: unknown action `tranfer`; did you mean `transfer`?\n" +
            $"{path}:1:9: error DIN0010: the transfer number `81336042000` lacks the `+` of E.164: write `+81336042000`\n" +
            "2 errors, 0 warnings in 1 file\n");
    }

    [Fact]
    public async Task Warnings_alone_exit_0()
    {
        var path = Write("warn.din", "say id \"Selamat datang\"");

        var (exit, output, _) = await Run("lint", path);

        exit.Should().Be(0);
        output.Should().Contain($"{path}:1:5: warning DIN0021:").And.EndWith("0 errors, 1 warning in 1 file\n");
    }

    [Fact]
    public async Task A_missing_file_is_one_line_on_stderr_exit_2_and_other_files_are_still_linted()
    {
        var missing = Path.Combine(folder, "missing.din");
        var broken = Write("broken.din", "Say en \"Hi\"");

        var (exit, output, error) = await Run("lint", missing, broken);

        exit.Should().Be(2);
        error.Should().Be($"{missing}: error: no such file\n");
        output.Should().Contain($"{broken}:1:1: error DIN0001:").And.EndWith("1 error, 0 warnings in 1 file\n");
    }

    [Fact]
    public async Task Invalid_utf8_is_reported_as_unreadable()
    {
        var path = Path.Combine(folder, "binary.din");
        await File.WriteAllBytesAsync(path, [0x73, 0x61, 0x79, 0xFF, 0xFE]);

        var (exit, _, error) = await Run("lint", path);

        exit.Should().Be(2);
        error.Should().StartWith($"{path}: error: not valid UTF-8 text");
    }

    [Fact]
    public async Task A_byte_order_mark_is_kept_and_reported()
    {
        var path = Path.Combine(folder, "bom.din");
        await File.WriteAllBytesAsync(path, [0xEF, 0xBB, 0xBF, .. "voicemail"u8]);

        var (exit, output, _) = await Run("lint", path);

        exit.Should().Be(0);
        output.Should().Contain($"{path}:1:1: warning DIN0056:");
    }

    [Fact]
    public async Task The_dashboard_profile_allows_two_actions()
    {
        var path = Write("two.din", "say en \"Welcome.\"\ntransfer +81336042000");

        (await Run("lint", path)).Exit.Should().Be(1);
        (await Run("lint", "--profile", "dashboard", path)).Exit.Should().Be(0);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("lint", "--profile", "sms", "x.din")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_2_without_a_stack_trace(params string[] args)
    {
        var (exit, _, error) = await Run(args);

        exit.Should().Be(2);
        error.Should().StartWith("din: ").And.NotContain("   at ");
    }

    [Fact]
    public async Task A_folder_is_reported_not_crashed_on()
    {
        var (exit, _, error) = await Run("lint", folder);

        exit.Should().Be(2);
        error.Should().Be($"{folder}: error: is a folder; pass the action files in it\n");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = await DinCommandLine.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
