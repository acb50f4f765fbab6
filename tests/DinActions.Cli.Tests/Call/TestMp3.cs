namespace DinActions.Cli.Tests.Call;

/// <summary>A real, minimal MP3 built bit by bit: MPEG-1 Layer III frames of silence, no copyrighted audio.</summary>
internal static class TestMp3
{
    /// <summary>Three frames of 417 bytes: 128 kbit/s, 44100 Hz, mono, no CRC, zeroed audio data.</summary>
    public static byte[] Create()
    {
        var header = FrameHeader(version: 0b11, layer: 0b01, bitrateIndex: 0b1001, sampleRateIndex: 0b00, channelMode: 0b11);
        const int frameLength = 144 * 128_000 / 44_100; // Layer III: 144 × bitrate / sample rate, without padding.
        var file = new byte[frameLength * 3];
        for (var frame = 0; frame < 3; frame++)
        {
            header.CopyTo(file, frame * frameLength);
        }

        return file;
    }

    /// <summary>
    /// The four bytes of an MPEG audio frame header: 11 sync bits, version (2), layer (2), protection (1,
    /// set: no CRC), bitrate index (4), sample rate index (2), padding (1), private (1), channel mode (2),
    /// mode extension (2), copyright (1), original (1), emphasis (2).
    /// </summary>
    public static byte[] FrameHeader(int version, int layer, int bitrateIndex, int sampleRateIndex, int channelMode)
    {
        uint bits = 0x7FFu << 21;
        bits |= (uint)version << 19;
        bits |= (uint)layer << 17;
        bits |= 1u << 16;
        bits |= (uint)bitrateIndex << 12;
        bits |= (uint)sampleRateIndex << 10;
        bits |= (uint)channelMode << 6;
        return [(byte)(bits >> 24), (byte)(bits >> 16), (byte)(bits >> 8), (byte)bits];
    }
}
