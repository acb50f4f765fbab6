using DinActions.Cli.Fetching;
using FluentAssertions;

namespace DinActions.Cli.Tests.Fetching;

public sealed class ActionRequestTests
{
    [Theory]
    [InlineData("http://example.com/command/", "http://example.com/command/?caller=+8180123456789&recipient=+8150123456789")]
    [InlineData("https://example.com/din?token=abc", "https://example.com/din?token=abc&caller=+8180123456789&recipient=+8150123456789")]
    [InlineData("https://example.com/din?token=abc&", "https://example.com/din?token=abc&caller=+8180123456789&recipient=+8150123456789")]
    [InlineData("https://example.com/din?", "https://example.com/din?caller=+8180123456789&recipient=+8150123456789")]
    [InlineData("https://example.com/din#part", "https://example.com/din?caller=+8180123456789&recipient=+8150123456789")]
    [InlineData("http://example.com", "http://example.com/?caller=+8180123456789&recipient=+8150123456789")]
    public void The_numbers_are_appended_as_the_cloud_sends_them(string actionUrl, string expected)
    {
        var request = ActionRequest.For(new Uri(actionUrl), "+8180123456789", "+8150123456789");

        request.AbsoluteUri.Should().Be(expected);
        request.PathAndQuery.Should().Contain("caller=+8180123456789", because: "the `+` is sent literally, never as %2B");
    }

    [Fact]
    public void A_hidden_number_sends_no_caller()
    {
        ActionRequest.For(new Uri("http://example.com/a"), null, "+8150123456789").AbsoluteUri
            .Should().Be("http://example.com/a?recipient=+8150123456789");
    }

    [Fact]
    public void The_note_shows_how_a_server_misreads_the_plus()
    {
        ActionRequest.PlusNote("+8180123456789", "+8150123456789").Should().Contain("read `+8180123456789` as ` 8180123456789`");
    }
}
