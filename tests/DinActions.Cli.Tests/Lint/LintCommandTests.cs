using System.Text.Json;
using FluentAssertions;

namespace DinActions.Cli.Tests.Lint;

public sealed class LintCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_valid_file_exits_0_and_prints_the_summary()
    {
        var path = folder.Write("ok.din", "say en \"Hello\"");

        var run = await Din.InProcess("lint", path);

        run.Should().Be(new DinRun(0, "0 errors, 0 warnings in 1 file\n", string.Empty));
    }

    [Fact]
    public async Task Errors_are_printed_compiler_style_with_the_source_line_a_caret_and_the_fix()
    {
        var path = folder.Write("typo.din", "tranfer 81336042000");

        var run = await Din.InProcess("lint", path);

        run.Exit.Should().Be(1);
        run.Output.Should().Be(
            $"{path}:1:1: error DIN0001: unknown action `tranfer`; did you mean `transfer`?\n" +
            "  1 | tranfer 81336042000\n" +
            "    | ^~~~~~~\n" +
            "    = fix: Replace with `transfer`\n" +
            $"{path}:1:9: error DIN0010: the transfer number `81336042000` lacks the `+` of E.164: write `+81336042000`\n" +
            "  1 | tranfer 81336042000\n" +
            "    |         ^~~~~~~~~~~\n" +
            "    = fix: Add `+`\n" +
            "2 errors, 0 warnings in 1 file\n");
    }

    [Fact]
    public async Task Warnings_alone_exit_0_unless_warnings_are_errors()
    {
        var path = folder.Write("warn.din", "say id \"Selamat datang\"");

        var run = await Din.InProcess("lint", path);
        run.Exit.Should().Be(0);
        run.Output.Should().StartWith($"{path}:1:5: warning DIN0021:").And.EndWith("0 errors, 1 warning in 1 file\n");

        (await Din.InProcess("lint", "--warnings-as-errors", path)).Exit.Should().Be(1);
    }

    [Fact]
    public async Task The_numbering_plan_check_can_be_turned_off()
    {
        var path = folder.Write("plan.din", "transfer +81807181881");

        (await Din.InProcess("lint", path)).Output.Should().Contain("warning DIN0015");
        (await Din.InProcess("lint", "--no-numbering-plan", path)).Output.Should().Be("0 errors, 0 warnings in 1 file\n");
    }

    [Fact]
    public async Task A_missing_file_is_one_line_on_stderr_exit_2_and_other_files_are_still_linted()
    {
        var missing = Path.Combine(folder.Path, "missing.din");
        var broken = folder.Write("broken.din", "Say en \"Hi\"");

        var run = await Din.InProcess("lint", missing, broken);

        run.Exit.Should().Be(2);
        run.Error.Should().Be($"{missing}: error: no such file\n");
        run.Output.Should().Contain($"{broken}:1:1: error DIN0001:").And.EndWith("1 error, 0 warnings in 1 file\n");
    }

    [Fact]
    public async Task Text_that_is_not_utf8_gets_DIN0060_at_the_line_and_column_of_its_first_bad_byte()
    {
        var path = Path.Combine(folder.Path, "latin1.din");
        await File.WriteAllBytesAsync(path, [.. "voicemail\r\nsay en \"caf"u8, 0xE9, .. "\""u8]);

        var run = await Din.InProcess("lint", path);

        run.Exit.Should().Be(1, "text that is not UTF-8 is an error in the file, not a file that cannot be read");
        run.Error.Should().BeEmpty();
        run.Output.Should().StartWith($"{path}:2:12: error DIN0060: byte 0xE9 at byte offset 22 is not UTF-8; the document is not checked further");
        run.Output.Should().EndWith("1 error, 0 warnings in 1 file\n");
    }

    [Fact]
    public async Task Lines_of_a_log_that_are_not_utf8_get_DIN0060_and_every_other_line_is_checked()
    {
        var path = Path.Combine(folder.Path, "served.log");
        byte[] log = [.. "voicemail\n"u8, .. "say ja \""u8, 0x82, 0xB1, .. "\"\r\n"u8, .. "Say en \"Hello\"\n"u8, .. "voicemail"u8];
        await File.WriteAllBytesAsync(path, log);

        var run = await Din.InProcess("lint", "--lines", "--format", "json", path);

        run.Exit.Should().Be(1);
        using var report = JsonDocument.Parse(run.Output);
        var diagnostics = report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Code: d.GetProperty("code").GetString(), Line: d.GetProperty("line").GetInt32(), Column: d.GetProperty("column").GetInt32(), Offset: d.GetProperty("offset").GetInt64(), Message: d.GetProperty("message").GetString()))
            .ToList();
        diagnostics.Select(d => (d.Code, d.Line, d.Column)).Should().Equal(("DIN0060", 2, 9), ("DIN0001", 3, 1));
        diagnostics[0].Message.Should().StartWith("byte 0x82 at byte offset 18 is not UTF-8; the line is not checked further");
        diagnostics[0].Offset.Should().Be(18, "offsets count characters: `voicemail` and its break, then `say ja \"`");
        diagnostics[1].Offset.Should().Be(23, "the bad line shows as 11 characters (one U+FFFD for each bad byte) and its `\\r\\n` counts two");
        report.RootElement.GetProperty("summary").GetProperty("documents").GetInt32().Should().Be(4);
    }

    [Fact]
    public async Task A_byte_order_mark_is_kept_and_reported()
    {
        var path = Path.Combine(folder.Path, "bom.din");
        await File.WriteAllBytesAsync(path, [0xEF, 0xBB, 0xBF, .. "voicemail"u8]);

        var run = await Din.InProcess("lint", path);

        run.Exit.Should().Be(0);
        run.Output.Should().Contain($"{path}:1:1: warning DIN0056:");
    }

    [Fact]
    public async Task The_dashboard_profile_allows_two_actions()
    {
        var path = folder.Write("two.din", "say en \"Welcome.\"\ntransfer +81336042000");

        (await Din.InProcess("lint", path)).Exit.Should().Be(1);
        (await Din.InProcess("lint", "--profile", "dashboard", path)).Exit.Should().Be(0);
    }

    [Fact]
    public async Task A_folder_is_searched_for_din_files_recursively_in_path_order()
    {
        folder.Write("b/second.din", "Say en \"Hi\"");
        folder.Write("a/first.din", "voicemail");
        folder.Write("a/notes.txt", "not an action file");

        var run = await Din.InProcess("lint", folder.Path);

        run.Exit.Should().Be(1);
        run.Output.Should().Contain(Path.Combine(folder.Path, "b", "second.din") + ":1:1: error DIN0001")
            .And.EndWith("1 error, 0 warnings in 2 files\n");
    }

    [Fact]
    public async Task No_path_or_a_dash_reads_standard_input()
    {
        (await Din.WithInput("playbak https://example.com/a.mp3", "lint")).Output.Should().StartWith("-:1:1: error DIN0001");
        (await Din.WithInput("voicemail", "lint", "-")).Should().Be(new DinRun(0, "0 errors, 0 warnings in 1 file\n", string.Empty));
    }

    [Fact]
    public async Task Output_goes_to_the_file_given()
    {
        var path = folder.Write("typo.din", "Say en \"Hi\"");
        var report = Path.Combine(folder.Path, "report.txt");

        var run = await Din.InProcess("lint", "--output", report, path);

        run.Should().Be(new DinRun(1, string.Empty, string.Empty));
        (await File.ReadAllTextAsync(report)).Should().StartWith($"{path}:1:1: error DIN0001").And.EndWith("1 error, 0 warnings in 1 file\n");
    }

    [Fact]
    public async Task Lines_mode_checks_every_line_as_its_own_action_and_names_the_line()
    {
        var path = folder.Write("served.log", "say en \"Hi\"\ntransfer 81336042000\nvoicemail\n\nSay en \"x\"");

        var run = await Din.InProcess("lint", "--lines", "--no-numbering-plan", path);

        run.Exit.Should().Be(1);
        run.Output.Should().Contain($"{path}:2:10: error DIN0010:")
            .And.Contain($"{path}:4:1: error DIN0050:")
            .And.Contain($"{path}:5:1: error DIN0001:")
            .And.EndWith("3 errors, 0 warnings in 1 file\n");
        run.Output.Should().NotContain("DIN0051", "each line is a document of its own");
    }

    [Fact]
    public async Task A_json_report_written_to_a_file_is_the_one_printed_to_standard_output()
    {
        // The file takes the writer's UTF-8 bytes directly; Japanese text and escapes must come out the same.
        var path = folder.Write("served.log", string.Concat(Enumerable.Repeat("say en \"営業時間 \\n\"\nvoicemail\ntransfer 81336042000\n", 300)));
        var report = Path.Combine(folder.Path, "report.json");

        var printed = await Din.InProcess("lint", "--lines", "--no-numbering-plan", "--format", "json", path);
        var written = await Din.InProcess("lint", "--lines", "--no-numbering-plan", "--format", "json", "--output", report, path);

        written.Should().Be(new DinRun(1, string.Empty, string.Empty));
        printed.Output.Length.Should().BeGreaterThan(1 << 16, "the report must span several drains of the JSON writer");
        (await File.ReadAllTextAsync(report)).Should().Be(printed.Output);
        (await File.ReadAllBytesAsync(report)).Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte order mark");
    }

    [Theory]
    [InlineData("\n", 10)]
    [InlineData("\r\n", 11)]
    [InlineData("\r", 10)]
    public async Task Lines_mode_offsets_count_each_line_break_as_written(string lineBreak, int secondLine)
    {
        var path = folder.Write("breaks.log", $"voicemail{lineBreak}transfer 81336042000{lineBreak}transfer 81336042000");

        var run = await Din.InProcess("lint", "--lines", "--no-numbering-plan", "--format", "json", path);

        using var report = System.Text.Json.JsonDocument.Parse(run.Output);
        var offsets = report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(diagnostic => diagnostic.GetProperty("code").GetString() == "DIN0010")
            .Select(diagnostic => diagnostic.GetProperty("offset").GetInt32());
        var lineLength = "transfer 81336042000".Length + lineBreak.Length;
        offsets.Should().Equal(secondLine + 9, secondLine + lineLength + 9);
    }

    [Fact]
    public async Task A_json_report_escapes_only_what_JSON_requires_and_reads_back_as_the_diagnostics()
    {
        // Backticks, plus signs and Japanese stay as they are; the quote and backslash of the line are escaped.
        var line = "say en \"営業時間 \\n\" --caller=81336042000";
        var path = folder.Write("お知らせ.din", line);

        var run = await Din.InProcess("lint", "--no-numbering-plan", "--format", "json", path);

        run.Output.Should().Contain("`+81336042000`").And.Contain("営業時間").And.Contain($"\"path\": \"{path}\"")
            .And.NotContain("\\u0060").And.NotContain("\\u002B");
        using var report = System.Text.Json.JsonDocument.Parse(run.Output);
        var messages = report.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("message").GetString());
        messages.Should().Equal(ActionScript.Validate(line, new ValidationOptions { CheckNumberingPlan = false }).Select(d => d.Message));
    }

    [Fact]
    public async Task Lines_mode_reports_a_repeated_line_on_every_line_it_comes()
    {
        // Lines seen before are answered from memory: each must still be reported at its own line and offset.
        var lines = Enumerable.Range(0, 6).SelectMany(_ => new[] { "voicemail", "transfer 81336042000" });
        var path = folder.Write("repeated.log", string.Join('\n', lines));

        var run = await Din.InProcess("lint", "--lines", "--no-numbering-plan", "--format", "json", path);

        run.Exit.Should().Be(1);
        using var report = System.Text.Json.JsonDocument.Parse(run.Output);
        var found = report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(diagnostic => (Line: diagnostic.GetProperty("line").GetInt32(), Offset: diagnostic.GetProperty("offset").GetInt32(), Code: diagnostic.GetProperty("code").GetString()))
            .ToArray();
        found.Should().Equal(Enumerable.Range(0, 6).Select(time => (Line: (2 * time) + 2, Offset: (31 * time) + 10 + 9, Code: (string?)"DIN0010")));
        report.RootElement.GetProperty("summary").GetProperty("errors").GetInt32().Should().Be(6);
    }

    [Theory]
    [InlineData("lint", "--profile", "sms", "x.din")]
    [InlineData("lint", "--format", "xml", "x.din")]
    [InlineData("frobnicate")]
    [InlineData("explain")]
    [InlineData("fmt", "--check", "--write", "x.din")]
    public async Task Usage_errors_exit_2_without_a_stack_trace(params string[] args)
    {
        var run = await Din.InProcess(args);

        run.Exit.Should().Be(2);
        run.Error.Should().StartWith("din: ").And.NotContain("   at ");
    }

    [Fact]
    public async Task A_folder_with_no_action_files_lints_nothing_and_succeeds()
    {
        var run = await Din.InProcess("lint", folder.Path);

        run.Should().Be(new DinRun(0, "0 errors, 0 warnings in 0 files\n", string.Empty));
    }

    [Fact]
    public async Task An_unwritable_output_is_a_usage_error()
    {
        var path = folder.Write("ok.din", "voicemail");

        var run = await Din.InProcess("lint", "--output", Path.Combine(folder.Path, "no", "such", "dir", "r.txt"), path);

        run.Exit.Should().Be(2);
        run.Error.Should().Contain("cannot write the report");
    }

    [Theory]
    [InlineData("json", "\"unreadable\": [\n    {\n      \"path\": \"{missing}\",\n      \"message\": \"no such file\"")]
    [InlineData("sarif", "\"text\": \"{missing}: no such file\"")]
    public async Task An_unreadable_file_is_listed_in_the_machine_readable_reports(string format, string expected)
    {
        var missing = Path.Combine(folder.Path, "missing.din");

        var run = await Din.InProcess("lint", "--format", format, missing);

        run.Exit.Should().Be(2);
        run.Error.Should().Be($"{missing}: error: no such file\n");
        run.Output.ReplaceLineEndings("\n").Should().Contain(expected.Replace("{missing}", missing, StringComparison.Ordinal));
    }
}
