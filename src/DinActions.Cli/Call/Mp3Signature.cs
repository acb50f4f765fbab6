using DinActions.Diagnostics;

namespace DinActions.Cli.Call;

/// <summary>
/// Whether the first bytes of a file are MP3: an ID3v2 tag (<c>ID3</c>, a version byte) or an MPEG
/// audio frame header (11 sync bits, then a version, a layer, a bitrate and a sample rate that are
/// not reserved values).
/// </summary>
internal static class Mp3Signature
{
    /// <summary>How many leading bytes <see cref="Inspect"/> needs at most.</summary>
    public const int BytesNeeded = 10;

    private static ReadOnlySpan<int> Mpeg1SampleRates => [44100, 48000, 32000];

    /// <summary>What the first bytes are, as a verdict and a sentence.</summary>
    public static (Verdict Verdict, string Detail) Inspect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 5 && head[0] == (byte)'I' && head[1] == (byte)'D' && head[2] == (byte)'3' && head[3] is >= 2 and <= 4 && head[4] != 0xFF)
        {
            return (Verdict.Pass, $"starts with an ID3v2.{head[3]} tag, as mp3 files do");
        }

        if (TryReadFrameHeader(head, out var version, out var layer, out var sampleRate))
        {
            return layer == 3
                ? (Verdict.Pass, $"starts with an MPEG-{version} Layer III frame header ({sampleRate} Hz): an mp3")
                : (Verdict.Warn, $"starts with an MPEG-{version} Layer {(layer == 1 ? "I" : "II")} frame header: MPEG audio, but not an mp3 (Layer III)");
        }

        if (head.IsEmpty)
        {
            return (Verdict.Fail, "the file is empty: not an mp3");
        }

        var shown = PrintableText.Bytes(head[..Math.Min(head.Length, 16)]);
        return (Verdict.Fail, $"starts with `{shown}`, neither an ID3 tag nor an MPEG audio frame header: not an mp3");
    }

    // Frame header bits: AAAAAAAA AAABBCCD EEEEFFGH ... (A sync, B version, C layer, E bitrate, F sample rate).
    private static bool TryReadFrameHeader(ReadOnlySpan<byte> head, out string version, out int layer, out int sampleRate)
    {
        (version, layer, sampleRate) = (string.Empty, 0, 0);
        if (head.Length < 4 || head[0] != 0xFF || (head[1] & 0xE0) != 0xE0)
        {
            return false;
        }

        var versionBits = (head[1] >> 3) & 0b11;
        var layerBits = (head[1] >> 1) & 0b11;
        var bitrateIndex = head[2] >> 4;
        var sampleRateIndex = (head[2] >> 2) & 0b11;
        if (versionBits == 0b01 || layerBits == 0b00 || bitrateIndex == 0b1111 || sampleRateIndex == 0b11)
        {
            return false;
        }

        // MPEG-2 halves MPEG-1's sample rates, MPEG-2.5 quarters them.
        (version, var divisor) = versionBits switch
        {
            0b11 => ("1", 1),
            0b10 => ("2", 2),
            _ => ("2.5", 4),
        };
        layer = 4 - layerBits;
        sampleRate = Mpeg1SampleRates[sampleRateIndex] / divisor;
        return true;
    }
}
