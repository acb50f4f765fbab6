using DinActions.Cli.Call;
using FluentAssertions;

namespace DinActions.Cli.Tests.Call;

public sealed class Mp3SignatureTests
{
    [Fact]
    public void The_generated_frame_header_is_the_classic_128_kbit_44100_Hz_mono_header()
    {
        TestMp3.Create()[..4].Should().Equal(0xFF, 0xFB, 0x90, 0xC0);
    }

    [Fact]
    public void An_mpeg1_layer3_frame_header_is_an_mp3()
    {
        Mp3Signature.Inspect(TestMp3.Create()).Should().Be((Verdict.Pass, "starts with an MPEG-1 Layer III frame header (44100 Hz): an mp3"));
    }

    [Fact]
    public void An_mpeg2_frame_header_names_its_halved_sample_rate()
    {
        var header = TestMp3.FrameHeader(version: 0b10, layer: 0b01, bitrateIndex: 0b1000, sampleRateIndex: 0b01, channelMode: 0b00);

        Mp3Signature.Inspect(header).Detail.Should().Be("starts with an MPEG-2 Layer III frame header (24000 Hz): an mp3");
    }

    [Fact]
    public void An_id3_tag_is_an_mp3()
    {
        Mp3Signature.Inspect("ID3\u0004\0\0\0\0\0\0"u8).Should().Be((Verdict.Pass, "starts with an ID3v2.4 tag, as mp3 files do"));
    }

    [Fact]
    public void Layer_2_audio_is_a_warning_not_an_mp3()
    {
        var header = TestMp3.FrameHeader(version: 0b11, layer: 0b10, bitrateIndex: 0b1001, sampleRateIndex: 0b00, channelMode: 0b11);

        Mp3Signature.Inspect(header).Verdict.Should().Be(Verdict.Warn);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xEB, 0x90, 0xC0 })] // version bits 01: reserved
    [InlineData(new byte[] { 0xFF, 0xF9, 0x90, 0xC0 })] // layer bits 00: reserved
    [InlineData(new byte[] { 0xFF, 0xFB, 0xF0, 0xC0 })] // bitrate index 1111: bad
    [InlineData(new byte[] { 0xFF, 0xFB, 0x9C, 0xC0 })] // sample rate index 11: reserved
    [InlineData(new byte[] { 0xFF, 0xFB, 0x90 })]       // too short for a header
    public void Reserved_values_are_not_a_frame_header(byte[] head)
    {
        Mp3Signature.Inspect(head).Verdict.Should().Be(Verdict.Fail);
    }

    [Fact]
    public void Html_is_not_an_mp3_and_its_first_bytes_are_shown_escaped()
    {
        Mp3Signature.Inspect("<html>\n\x1b"u8).Should().Be(
            (Verdict.Fail, "starts with `<html>\\x0A\\x1B`, neither an ID3 tag nor an MPEG audio frame header: not an mp3"));
    }

    [Fact]
    public void An_empty_file_is_not_an_mp3()
    {
        Mp3Signature.Inspect([]).Should().Be((Verdict.Fail, "the file is empty: not an mp3"));
    }
}
