using DinActions.Cli.Lsp.Protocol;

namespace DinActions.Cli.Lsp;

/// <summary>How a position's character is counted: UTF-16 code units (the default), UTF-8 bytes or code points.</summary>
internal enum PositionEncoding
{
    Utf16,
    Utf8,
    Utf32,
}

/// <summary>Negotiation and naming of <see cref="PositionEncoding"/>.</summary>
internal static class PositionEncodings
{
    /// <summary>
    /// The first encoding the client offers that the server knows, as 3.17 says the client's order is its preference;
    /// UTF-16 when the client offers none, since every client must support it.
    /// </summary>
    public static PositionEncoding Negotiate(IEnumerable<string>? offered)
    {
        foreach (var name in offered ?? [])
        {
            switch (name)
            {
                case PositionEncodingKind.Utf16:
                    return PositionEncoding.Utf16;
                case PositionEncodingKind.Utf8:
                    return PositionEncoding.Utf8;
                case PositionEncodingKind.Utf32:
                    return PositionEncoding.Utf32;
            }
        }

        return PositionEncoding.Utf16;
    }

    public static string Name(this PositionEncoding encoding) => encoding switch
    {
        PositionEncoding.Utf8 => PositionEncodingKind.Utf8,
        PositionEncoding.Utf32 => PositionEncodingKind.Utf32,
        _ => PositionEncodingKind.Utf16,
    };
}
