using System.Text;
using DinActions.Syntax;
using DinActions.Tests.Properties;
using FluentAssertions;
using FsCheck.Fluent;

namespace DinActions.Tests.Syntax;

public sealed class Utf8SourceTests
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Theory]
    [InlineData(new byte[] { 0x76, 0xFF }, 1, 2, 1)]
    [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0xC0, 0x80 }, 2, 2, 3)]
    [InlineData(new byte[] { 0x61, 0x0D, 0x0A, 0x62, 0x0D, 0x63, 0xED, 0xA0, 0x80 }, 3, 2, 6)]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80, 0xE3, 0x81 }, 1, 3, 4)]
    [InlineData(new byte[] { 0xE6, 0x97, 0xA5, 0x0D, 0x82 }, 2, 1, 4)]
    public void The_first_bad_byte_is_placed_by_line_and_column_as_every_other_diagnostic_is(byte[] bytes, int line, int column, int badByte)
    {
        var notUtf8 = Utf8Source.Decode(bytes, out var shown);

        notUtf8.Should().NotBeNull();
        notUtf8!.Code.Should().Be(DiagnosticCodes.NotUtf8);
        notUtf8.Severity.Should().Be(DiagnosticSeverity.Error);
        (notUtf8.Span.Line, notUtf8.Span.Column).Should().Be((line, column));
        notUtf8.Message.Should().StartWith($"byte 0x{bytes[badByte]:X2} at byte offset {badByte} is not UTF-8; the document is not checked further");
        shown.Should().Contain("\uFFFD");
        notUtf8.Span.Offset.Should().BeLessThanOrEqualTo(shown.Length);
    }

    [Fact]
    public void A_line_of_a_log_is_placed_in_its_file()
    {
        var notUtf8 = Utf8Source.DecodeLine([0x73, 0x61, 0x79, 0x20, 0x82], out _, line: 41, byteOffset: 5_000_000_000);

        (notUtf8!.Span.Line, notUtf8.Span.Column).Should().Be((41, 5));
        notUtf8.Message.Should().StartWith("byte 0x82 at byte offset 5000000004 is not UTF-8; the line is not checked further");
    }

    [Fact]
    public void UTF_8_with_a_byte_order_mark_decodes_to_its_text_the_mark_kept()
    {
        Utf8Source.Decode([0xEF, 0xBB, 0xBF, .. "say ja \"こんにちは 😀\""u8], out var text).Should().BeNull();

        text.Should().Be("\uFEFFsay ja \"こんにちは 😀\"");
    }

    [Fact]
    public void Any_bytes_are_refused_exactly_when_strict_UTF_8_refuses_them_and_the_first_bad_byte_is_where_decoding_stops()
    {
        var bytes = Gen.Frequency(
            (1, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))),
            (2, Gen.ArrayOf(Gen.Elements<byte>(0x61, 0x0A, 0x0D, 0x80, 0xBF, 0xC2, 0xE3, 0xED, 0xF0, 0xF4, 0xFF, 0x9F, 0xA0))));
        PropertyRuns.Run(Prop.ForAll(bytes.ToArbitrary(), input =>
        {
            var notUtf8 = Utf8Source.Decode(input, out var text);
            var strictlyValid = IsStrictlyValid(input);

            (notUtf8 is null).Should().Be(strictlyValid);
            if (strictlyValid)
            {
                text.Should().Be(Strict.GetString(input));
                return;
            }

            var bad = Utf8Source.FirstInvalidByte(input);
            IsStrictlyValid(input.AsSpan(0, bad)).Should().BeTrue("every byte before the first bad one is UTF-8");
            notUtf8!.Span.Offset.Should().Be(Encoding.UTF8.GetCharCount(input.AsSpan(0, bad)));
        }));
    }

    private static bool IsStrictlyValid(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _ = Strict.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
