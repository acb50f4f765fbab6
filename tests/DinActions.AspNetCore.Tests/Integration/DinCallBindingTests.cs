using System.Net;
using FluentAssertions;
using Microsoft.AspNetCore.Http;

namespace DinActions.AspNetCore.Tests.Integration;

/// <summary>
/// How <see cref="DinCall"/> reads the query the cloud sends, through real minimal API binding: the
/// example server's <c>/call</c> and <c>/anonymous</c> answer what it read.
/// </summary>
public sealed class DinCallBindingTests(ExampleServerFactory server) : IClassFixture<ExampleServerFactory>
{
    private readonly HttpClient client = server.CreateClient();

    [Theory]
    [InlineData("?caller=+8180123456789&recipient=+8150123456789")]
    [InlineData("?caller=%2B8180123456789&recipient=%2B8150123456789")]
    [InlineData("?caller=8180123456789&recipient=8150123456789")]
    [InlineData("?caller=%2b8180123456789&recipient=+8150123456789")]
    [InlineData("?recipient=8150123456789&caller=%208180123456789%20")]
    public async Task The_plus_reads_the_same_whether_literal_encoded_or_missing(string query)
    {
        var body = await client.GetStringAsync("/call" + query);

        body.Should().Be("caller=+8180123456789 recipient=+8150123456789");
    }

    [Theory]
    [InlineData("?recipient=+8150123456789")]
    [InlineData("?caller=&recipient=+8150123456789")]
    [InlineData("?caller&recipient=+8150123456789")]
    [InlineData("?caller=+&recipient=+8150123456789")]
    [InlineData("?caller=%20%20&recipient=+8150123456789")]
    public async Task An_absent_or_empty_caller_is_anonymous(string query)
    {
        (await client.GetStringAsync("/call" + query)).Should().Be("caller=anonymous recipient=+8150123456789");
        (await client.GetStringAsync("/anonymous" + query)).Should().Be("True False");
    }

    [Theory]
    [InlineData("?caller=anonymous", "caller=unreadable:\"anonymous\" recipient=absent")]
    [InlineData("?caller=%2B%2B8180&recipient=x", "caller=unreadable:\"++8180\" recipient=unreadable:\"x\"")]
    [InlineData("?caller=+81-80-1234&recipient=", "caller=unreadable:\" 81-80-1234\" recipient=unreadable:\"\"")]
    [InlineData("?caller=1&caller=2", "caller=unreadable:\"1,2\" recipient=absent")]
    [InlineData("?caller=%0A%22x", "caller=unreadable:\"\\n\\\"x\" recipient=absent")]
    [InlineData("?caller=1234567890123456", "caller=unreadable:\"1234567890123456\" recipient=absent")]
    public async Task A_caller_that_is_not_a_number_is_unreadable_not_anonymous(string query, string expected)
    {
        (await client.GetStringAsync("/call" + query)).Should().Be(expected);
        (await client.GetStringAsync("/anonymous" + query)).Should().Be("False True");
    }

    [Theory]
    [InlineData("?caller=%ZZ%&recipient=%2")]
    [InlineData("?=&&=caller&&&")]
    [InlineData("?caller=%E3%81&recipient=%C0%AF")]
    [InlineData("?caller=%00%0D%0A8180&recipient=+81%2050")]
    [InlineData("?%%%%caller==+81==")]
    public async Task A_malformed_query_string_still_binds(string query)
    {
        var response = await client.GetAsync("/call" + query);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().StartWith("caller=");
    }

    [Fact]
    public async Task A_huge_caller_value_is_unreadable_and_clipped()
    {
        var huge = new string('8', 100_000);

        var body = await client.GetStringAsync($"/call?caller={huge}&recipient=%2B8150123456789");

        body.Should().Be($"caller=unreadable:\"{new string('8', 32)}…\" recipient=+8150123456789");
    }

    [Fact]
    public void Read_gives_the_same_call_as_the_query()
    {
        var call = DinCall.Read(" 8180123456789", "8150123456789");

        call.Caller!.Value.Should().Be("+8180123456789");
        call.Recipient.Should().Be(DinCall.FromQuery(new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["recipient"] = "+8150123456789",
        })).Recipient);
        call.IsAnonymous.Should().BeFalse();
    }
}
