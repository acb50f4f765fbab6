using FluentAssertions;

namespace DinActions.Cli.Tests.Format;

public sealed class FmtCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Standard_input_is_printed_in_canonical_form()
    {
        var run = await Din.WithInput("say\ten   \"Hi\"", "fmt");

        run.Should().Be(new DinRun(0, "say en \"Hi\"", string.Empty));
    }

    [Fact]
    public async Task A_final_line_break_is_kept_and_a_crlf_becomes_lf()
    {
        var path = folder.Write("crlf.din", "transfer  +81336042000   --caller=+81662345678\r\n");

        var run = await Din.InProcess("fmt", path);

        run.Should().Be(new DinRun(0, "transfer +81336042000 --caller=+81662345678\n", string.Empty));
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_not_formatted_and_the_problem_names_its_line_and_column()
    {
        var path = Path.Combine(folder.Path, "latin1.din");
        await File.WriteAllBytesAsync(path, [.. "voicemail\nsay en \"caf"u8, 0xE9, .. "\""u8]);

        var run = await Din.InProcess("fmt", path);

        run.Exit.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith($"{path}: error: not valid UTF-8 text at line 2, column 12 (byte 0xE9 at byte offset 21 is not UTF-8");
        (await File.ReadAllBytesAsync(path)).Should().HaveCount(23, "the file is left as it was");
    }

    [Fact]
    public async Task Check_shows_a_diff_and_exits_1_for_a_file_that_is_not_canonical()
    {
        var path = folder.Write("messy.din", "say\ten   \"Hi\"\r\n");

        var run = await Din.InProcess("fmt", "--check", path);

        run.Exit.Should().Be(1);
        run.Output.Should().Be(
            $"--- {path}\n" +
            $"+++ {path} (formatted)\n" +
            "-say\\ten   \"Hi\"\\r\n" +
            "+say en \"Hi\"\n");
        (await File.ReadAllTextAsync(path)).Should().Be("say\ten   \"Hi\"\r\n", "--check changes nothing");
    }

    [Fact]
    public async Task Check_is_silent_and_exits_0_for_canonical_files()
    {
        var path = folder.Write("clean.din", "voicemail say en \"Please leave a message.\"\n");

        (await Din.InProcess("fmt", "--check", path)).Should().Be(new DinRun(0, string.Empty, string.Empty));
    }

    [Fact]
    public async Task Write_replaces_the_file_and_leaves_no_temporary_file()
    {
        var path = folder.Write("messy.din", "playback   https://example.com/a.mp3\n");

        var run = await Din.InProcess("fmt", "--write", path);

        run.Should().Be(new DinRun(0, $"formatted {path}\n", string.Empty));
        (await File.ReadAllTextAsync(path)).Should().Be("playback https://example.com/a.mp3\n");
        Directory.GetFiles(folder.Path).Should().Equal(path);
    }

    [Fact]
    public async Task A_file_with_errors_is_reported_on_stderr_and_never_rewritten()
    {
        const string broken = "Say   en Hello\n";
        var path = folder.Write("broken.din", broken);

        var run = await Din.InProcess("fmt", "--write", path);

        run.Exit.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain($"{path}:1:1: error DIN0001:")
            .And.Contain($"{path}:1:10: error DIN0030:")
            .And.EndWith($"{path}: not formatted: fix the errors first; the file was left as it is\n");
        (await File.ReadAllTextAsync(path)).Should().Be(broken);
    }

    [Fact]
    public async Task A_file_with_errors_is_not_printed_as_if_formatted()
    {
        var run = await Din.WithInput("transfer 81336042000", "fmt");

        run.Exit.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("-:1:10: error DIN0010:");
    }

    [Fact]
    public async Task Write_refuses_standard_input()
    {
        var run = await Din.WithInput("voicemail", "fmt", "--write", "-");

        run.Exit.Should().Be(2);
        run.Error.Should().Be("-: error: standard input cannot be rewritten; drop --write to print the result\n");
    }

    [Fact]
    public async Task The_profile_decides_whether_two_actions_can_be_formatted()
    {
        var path = folder.Write("two.din", "say  en \"Welcome.\"\ntransfer   +81336042000\n");

        (await Din.InProcess("fmt", path)).Exit.Should().Be(1);
        (await Din.InProcess("fmt", "--profile", "dashboard", path)).Output.Should().Be("say en \"Welcome.\"\ntransfer +81336042000\n");
    }

    [Fact]
    public async Task A_folder_is_formatted_file_by_file()
    {
        var first = folder.Write("a.din", "voicemail\n");
        var second = folder.Write("sub/b.din", "say  ja \"こんにちは\"\n");

        var run = await Din.InProcess("fmt", "--write", folder.Path);

        run.Should().Be(new DinRun(0, $"formatted {second}\n", string.Empty));
        (await File.ReadAllTextAsync(first)).Should().Be("voicemail\n");
        (await File.ReadAllTextAsync(second)).Should().Be("say ja \"こんにちは\"\n");
    }
}
