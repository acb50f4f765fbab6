using DinActions.Cli.Lsp;
using DinActions.Cli.Lsp.Protocol;
using FluentAssertions;
using Range = DinActions.Cli.Lsp.Protocol.Range;

namespace DinActions.Cli.Tests.Lsp;

public sealed class PositionTests
{
    // "say en \"" is 8 characters; 😀 and 𠮷 are outside the BMP: two UTF-16 units, four UTF-8 bytes, one code point each.
    private const string Astral = "say en \"😀𠮷\" extra";

    public static TheoryData<string, int> ExtraArgumentColumn => new()
    {
        { "utf-16", 14 },
        { "utf-8", 18 },
        { "utf-32", 12 },
    };

    [Theory]
    [MemberData(nameof(ExtraArgumentColumn))]
    public async Task A_diagnostic_after_astral_characters_is_counted_in_the_negotiated_encoding(string encoding, int column)
    {
        await using var session = await LspSession.Initialized([encoding]);

        await session.Open("untitled:astral.din", Astral);
        var published = await session.DiagnosticsOf("untitled:astral.din");

        var extra = published.Diagnostics.Single(diagnostic => diagnostic.Code == DiagnosticCodes.ExtraArgument);
        extra.Range.Should().Be(new Range(new Position(0, column), new Position(0, column + 5)));
        extra.Source.Should().Be("din");
        extra.Severity.Should().Be(Cli.Lsp.Protocol.DiagnosticSeverity.Error);
        extra.CodeDescription!.Href.Should().Contain("DIN0003");
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-8")]
    [InlineData("utf-32")]
    public async Task A_crlf_document_has_its_second_line_at_line_1_under_every_encoding(string encoding)
    {
        await using var session = await LspSession.Initialized([encoding]);

        await session.Open("untitled:crlf.din", "say en \"😀\"\r\nsya en \"b\"\r\n");
        var published = await session.DiagnosticsOf("untitled:crlf.din");

        published.Diagnostics.Single(diagnostic => diagnostic.Code == DiagnosticCodes.UnknownAction).Range
            .Should().Be(new Range(new Position(1, 0), new Position(1, 3)));
    }

    [Fact]
    public void Each_encoding_counts_a_line_of_astral_characters_its_own_way()
    {
        const string text = "a😀b\r\n𠮷c";
        var offsetOfC = text.IndexOf('c', StringComparison.Ordinal);

        new LineMap(text, PositionEncoding.Utf16).PositionOf(offsetOfC).Should().Be(new Position(1, 2));
        new LineMap(text, PositionEncoding.Utf8).PositionOf(offsetOfC).Should().Be(new Position(1, 4));
        new LineMap(text, PositionEncoding.Utf32).PositionOf(offsetOfC).Should().Be(new Position(1, 1));
        new LineMap(text, PositionEncoding.Utf8).OffsetOf(new Position(0, 5)).Should().Be(text.IndexOf('b', StringComparison.Ordinal));
        new LineMap(text, PositionEncoding.Utf32).OffsetOf(new Position(0, 2)).Should().Be(text.IndexOf('b', StringComparison.Ordinal));
    }

    [Fact]
    public void A_position_inside_a_character_or_past_the_end_is_moved_to_a_boundary_of_the_text()
    {
        const string text = "a😀b\nxy";
        var utf8 = new LineMap(text, PositionEncoding.Utf8);

        utf8.OffsetOf(new Position(0, 3)).Should().Be(1, "the third byte is inside the emoji, whose start is the boundary before it");
        utf8.OffsetOf(new Position(0, 999)).Should().Be(4, "a character past the line's end means its end, before the line break");
        utf8.OffsetOf(new Position(7, 0)).Should().Be(text.Length);
        utf8.OffsetOf(new Position(-1, -1)).Should().Be(0);
        new LineMap(text, PositionEncoding.Utf16).PositionOf(999).Should().Be(new Position(1, 2));
    }

    [Fact]
    public void A_lone_carriage_return_ends_a_line_and_a_crlf_is_one_break()
    {
        var lines = new LineMap("a\rb\r\nc\n", PositionEncoding.Utf16);

        lines.LineCount.Should().Be(4);
        lines.PositionOf(2).Should().Be(new Position(1, 0));
        lines.PositionOf(5).Should().Be(new Position(2, 0));
    }

    [Theory]
    [InlineData("utf-16", 10)]
    [InlineData("utf-8", 12)]
    [InlineData("utf-32", 9)]
    public async Task An_incremental_change_is_placed_by_the_negotiated_encoding(string encoding, int afterEmoji)
    {
        await using var session = await LspSession.Initialized([encoding]);
        await session.Open("untitled:edit.din", "say en \"😀\"\r\nsay en \"𠮷\"");

        // Insert "!" after the emoji of line 0, then replace line 1's language code.
        await session.Change("untitled:edit.din", 2, new TextDocumentContentChangeEvent(new Range(new Position(0, afterEmoji), new Position(0, afterEmoji)), "!"));
        await session.Change("untitled:edit.din", 3, new TextDocumentContentChangeEvent(new Range(new Position(1, 4), new Position(1, 6)), "ja"));
        await session.DiagnosticsOf("untitled:edit.din", 3);

        session.Server.Documents.Find("untitled:edit.din")!.Text.Should().Be("say en \"😀!\"\r\nsay ja \"𠮷\"");
    }

    [Fact]
    public async Task A_full_change_replaces_the_text_and_its_diagnostics()
    {
        await using var session = await LspSession.Initialized();
        await session.Open("untitled:full.din", "sya en \"a\"");
        (await session.DiagnosticsOf("untitled:full.din", 1)).Diagnostics.Should().Contain(diagnostic => diagnostic.Code == DiagnosticCodes.UnknownAction);

        await session.Change("untitled:full.din", 2, new TextDocumentContentChangeEvent(null, "say en \"a\""));

        (await session.DiagnosticsOf("untitled:full.din", 2)).Diagnostics.Should().BeEmpty();
    }
}
