using DinActions.Cli.Lsp.Protocol;
using FluentAssertions;

namespace DinActions.Cli.Tests.Lsp;

public sealed class SerializationTests
{
    private sealed record NotOnTheWire(string Name);

    [Fact]
    public void The_formatter_resolves_types_from_the_generated_context_and_the_request_id_only()
    {
        var options = LspJsonContext.CreateFormatter().JsonSerializerOptions;

        options.TypeInfoResolverChain.Should().HaveCount(2);
        options.TypeInfoResolverChain[0].Should().BeSameAs(LspJsonContext.Default);
        options.GetTypeInfo(typeof(StreamJsonRpc.RequestId)).Should().NotBeNull();
    }

    [Fact]
    public void A_type_missing_from_the_context_fails_in_a_JIT_build_too()
    {
        var options = LspJsonContext.CreateFormatter().JsonSerializerOptions;

        var serialize = () => System.Text.Json.JsonSerializer.Serialize(new NotOnTheWire("x"), options);

        serialize.Should().Throw<NotSupportedException>();
    }
}
