using DinActions.Cli.Tests.Call;
using FluentAssertions;

namespace DinActions.Cli.Tests.Contract;

/// <summary><c>din call</c> as a real process, against the Kestrel action server the test starts on 127.0.0.1.</summary>
[Trait("Category", "Process")]
public sealed class CallProcessTests(ActionServer server) : IClassFixture<ActionServer>, IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Call_requests_the_action_url_and_tells_what_the_caller_hears()
    {
        var run = await Din.AsProcess(folder.Path, null, "call", server.Root + "/say", "--caller", "+818012345678", "--recipient", "+815012345678", "--timeout", "5");

        run.Exit.Should().Be(0, run.Output + run.Error);
        run.Output.Should().Contain("pass  status        200 OK")
            .And.Contain("The caller hears, in English: \"Hello, how are you?\"");
    }

    [Fact]
    public async Task Call_reports_json_and_fails_on_a_broken_action()
    {
        var good = await Din.AsProcess(folder.Path, null, "call", server.Root + "/say", "--caller", "+818012345678", "--recipient", "+815012345678", "--timeout", "5", "--format", "json");
        var missing = await Din.AsProcess(folder.Path, null, "call", server.Root + "/no-such-route", "--caller", "+818012345678", "--recipient", "+815012345678", "--timeout", "5");

        good.Exit.Should().Be(0);
        good.Output.Should().StartWith("{").And.Contain("\"verdict\": \"pass\"");
        missing.Exit.Should().Be(1);
        missing.Output.Should().Contain("FAIL  status");
    }
}
