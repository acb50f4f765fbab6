using System.Diagnostics;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace DinActions.Cli.Tests.Contract;

/// <summary>
/// Each offline command of the tool as a real process: these run against <c>dotnet din.dll</c> in every test run,
/// and against a native build when <c>DIN_EXECUTABLE</c> names one, so that a command the native build cannot run fails here.
/// </summary>
[Trait("Category", "Process")]
public sealed partial class CommandProcessTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Lint_reports_in_every_format()
    {
        folder.Write("typo.din", "tranfer +81336042000");

        var text = await Din.AsProcess(folder.Path, null, "lint", "typo.din");
        var json = await Din.AsProcess(folder.Path, null, "lint", "--format", "json", "typo.din");
        var sarif = await Din.AsProcess(folder.Path, null, "lint", "--format", "sarif", "typo.din");
        var github = await Din.AsProcess(folder.Path, null, "lint", "--format", "github", "typo.din");

        text.Exit.Should().Be(1);
        text.Output.Should().StartWith("typo.din:1:1: error DIN0001: unknown action `tranfer`; did you mean `transfer`?");
        json.Exit.Should().Be(1);
        json.Output.Should().Contain("\"format\": \"din-lint/1\"").And.Contain("\"code\": \"DIN0001\"");
        sarif.Exit.Should().Be(1);
        sarif.Output.Should().Contain("\"version\": \"2.1.0\"").And.Contain("\"ruleId\": \"DIN0001\"");
        github.Exit.Should().Be(1);
        github.Output.Should().StartWith("::error file=typo.din,line=1,col=1,");
    }

    [Fact]
    public async Task Fmt_checks_and_rewrites_a_file()
    {
        var path = folder.Write("loose.din", "say   en \"Hello\"\n");

        var check = await Din.AsProcess(folder.Path, null, "fmt", "--check", "loose.din");
        var write = await Din.AsProcess(folder.Path, null, "fmt", "--write", "loose.din");
        var again = await Din.AsProcess(folder.Path, null, "fmt", "--check", "loose.din");

        check.Exit.Should().Be(1);
        check.Output.Should().Contain("+say en \"Hello\"");
        write.Exit.Should().Be(0);
        (await File.ReadAllTextAsync(path)).Should().Be("say en \"Hello\"\n");
        again.Exit.Should().Be(0);
    }

    [Fact]
    public async Task Explain_prints_a_rule_page_and_refuses_an_unknown_code()
    {
        var known = await Din.AsProcess(folder.Path, null, "explain", "din0001");
        var unknown = await Din.AsProcess(folder.Path, null, "explain", "DIN9999");

        known.Should().Be(new DinRun(0, DinRules.Find("DIN0001")!.Help, string.Empty));
        unknown.Should().Be(new DinRun(2, string.Empty, "din: no rule has the code `DIN9999`; run `din rules` for the list\n"));
    }

    [Fact]
    public async Task Rules_lists_every_rule_the_library_has()
    {
        var run = await Din.AsProcess(folder.Path, null, "rules");

        run.Exit.Should().Be(0);
        var lines = run.Output.TrimEnd('\n').Split('\n');
        lines.Select(line => line.Split(' ')[0]).Should().Equal(DinRules.All.Select(rule => rule.Code));
    }

    [Fact]
    public async Task Serve_answers_a_request_and_stops_on_sigterm()
    {
        folder.Write("welcome.din", "say en \"Welcome.\"\n");
        var start = Din.StartInfo(folder.Path, ["serve", "welcome.din", "--urls", "http://127.0.0.1:0"]);
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            using var deadline = new CancellationTokenSource(Deadline);
            var address = await ListeningAddressAsync(process.StandardOutput, deadline.Token);
            using var client = new HttpClient { BaseAddress = address, Timeout = Deadline };

            var body = await client.GetStringAsync("/?caller=+8180123456789&recipient=+8150123456789", deadline.Token);

            body.Should().Be("say en \"Welcome.\"");
            await SignalAsync(process.Id, "TERM");
            var drain = process.StandardOutput.ReadToEndAsync(deadline.Token);
            await process.WaitForExitAsync(deadline.Token);
            await drain;
            process.HasExited.Should().BeTrue("din serve stops on SIGTERM");
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"din serve did not answer and stop within {Deadline}; it wrote: {await ErrorsSoFar(process, errors)}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task<string> ErrorsSoFar(System.Diagnostics.Process process, Task<string> errors)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        return await errors;
    }

    // The address Kestrel bound, from the first line of standard output that names one.
    private static async Task<Uri> ListeningAddressAsync(StreamReader output, CancellationToken cancellation)
    {
        while (await output.ReadLineAsync(cancellation) is { } line)
        {
            if (LoopbackAddress().Match(line) is { Success: true } match)
            {
                return new Uri(match.Value);
            }
        }

        throw new InvalidOperationException("din serve ended without listening");
    }

    private static async Task SignalAsync(int processId, string signal)
    {
        using var kill = System.Diagnostics.Process.Start(new ProcessStartInfo("kill", ["-" + signal, processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start");
        await kill.WaitForExitAsync();
        kill.ExitCode.Should().Be(0, $"kill -{signal} reaches the process");
    }

    [GeneratedRegex("http://127\\.0\\.0\\.1:[0-9]+")]
    private static partial Regex LoopbackAddress();
}
