using System.Text.Json;
using DinActions.Cli.Lsp.Protocol;
using FluentAssertions;
using StreamJsonRpc;

namespace DinActions.Cli.Tests.Lsp;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_answers_what_the_server_does()
    {
        await using var session = LspSession.Start();

        var result = await session.InitializeAsync();

        result.ServerInfo.Name.Should().Be("din");
        result.Capabilities.PositionEncoding.Should().Be("utf-16");
        result.Capabilities.TextDocumentSync.Change.Should().Be(TextDocumentSyncKind.Incremental);
        result.Capabilities.TextDocumentSync.Save.IncludeText.Should().BeTrue();
        result.Capabilities.DocumentFormattingProvider.Should().BeTrue();
        result.Capabilities.HoverProvider.Should().BeTrue();
        result.Capabilities.CodeActionProvider.CodeActionKinds.Should().Contain("quickfix");
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_exit_code_0()
    {
        await using var session = await LspSession.Initialized();

        (await session.ShutdownAndExit()).Should().Be(0);
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_exit_code_1()
    {
        await using var session = await LspSession.Initialized();

        await session.Client.NotifyAsync("exit");

        (await session.Running.WaitAsync(session.Token)).Should().Be(1);
    }

    [Fact]
    public async Task A_client_that_goes_away_ends_the_session_with_exit_code_1()
    {
        await using var session = await LspSession.Initialized();

        session.Client.Dispose();

        (await session.Running.WaitAsync(session.Token)).Should().Be(1);
    }

    [Fact]
    public async Task A_request_before_initialize_is_refused_as_not_initialized()
    {
        await using var session = LspSession.Start();

        var refused = async () => await session.Request<Hover>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier("untitled:a"), new Position(0, 0)));

        (await refused.Should().ThrowAsync<RemoteInvocationException>()).Which.ErrorCode.Should().Be(LspErrorCodes.ServerNotInitialized);
    }

    [Fact]
    public async Task A_request_after_shutdown_is_an_invalid_request_and_a_second_initialize_too()
    {
        await using var session = await LspSession.Initialized();
        var again = async () => await session.InitializeAsync();
        (await again.Should().ThrowAsync<RemoteInvocationException>()).Which.ErrorCode.Should().Be(LspErrorCodes.InvalidRequest);

        await session.Request<JsonElement>("shutdown", null);
        var refused = async () => await session.Request<CompletionList>("textDocument/completion", new TextDocumentPositionParams(new TextDocumentIdentifier("untitled:a"), new Position(0, 0)));

        (await refused.Should().ThrowAsync<RemoteInvocationException>()).Which.ErrorCode.Should().Be(LspErrorCodes.InvalidRequest);
    }

    [Fact]
    public async Task An_unknown_method_is_method_not_found_and_the_session_goes_on()
    {
        await using var session = await LspSession.Initialized();

        var unknown = async () => await session.Request<JsonElement>("din/unknown", new EmptyParams());

        (await unknown.Should().ThrowAsync<RemoteMethodNotFoundException>()).Which.ErrorCode.Should().Be(StreamJsonRpc.Protocol.JsonRpcErrorCode.MethodNotFound);
        (await session.ShutdownAndExit()).Should().Be(0);
    }

    [Theory]
    [InlineData(new string[0], "utf-16")]
    [InlineData(new[] { "utf-8" }, "utf-8")]
    [InlineData(new[] { "utf-32", "utf-8", "utf-16" }, "utf-32")]
    [InlineData(new[] { "utf-7", "utf-8" }, "utf-8")]
    [InlineData(new[] { "latin-1" }, "utf-16")]
    public async Task The_first_encoding_the_client_offers_that_the_server_knows_is_chosen(string[] offered, string chosen)
    {
        await using var session = LspSession.Start();

        var result = await session.InitializeAsync(offered);

        result.Capabilities.PositionEncoding.Should().Be(chosen);
    }
}
