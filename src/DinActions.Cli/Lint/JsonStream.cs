using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DinActions.Cli.Lint;

/// <summary>A <see cref="Utf8JsonWriter"/> that drains into a <see cref="TextWriter"/> as it fills, so a report of any size streams.</summary>
internal sealed class JsonStream : IDisposable
{
    private const int DrainThreshold = 1 << 15;

    /// <summary>
    /// How text is escaped: only what JSON requires (quotes, backslashes, control characters) when the
    /// target writes Unicode, as files and UTF-8 consoles do. Reports are read by people and by JSON
    /// parsers, never embedded in a web page, and the default encoder would write every backtick, plus
    /// sign and Japanese character of a message as <c>\uXXXX</c>. A target in a legacy code page would turn
    /// Japanese into question marks, so it gets everything outside ASCII escaped.
    /// </summary>
    public JavaScriptEncoder Encoder { get; }
    private readonly ArrayBufferWriter<byte> buffer = new(DrainThreshold * 2);
    private readonly TextWriter target;
    private char[] characters = [];

    public JsonStream(TextWriter target)
    {
        this.target = target;
        Encoder = target.Encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001
            ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping
            : JavaScriptEncoder.Default;
        Writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = Encoder });
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>Passes what is written so far to the target once enough has gathered.</summary>
    public void DrainIfFull()
    {
        if (Writer.BytesPending + buffer.WrittenCount >= DrainThreshold)
        {
            Drain();
        }
    }

    /// <summary>Passes everything written so far to the target.</summary>
    public void Drain()
    {
        Writer.Flush();

        // A report file takes the UTF-8 bytes as they are, after what was written to it as text.
        if (target is StreamWriter { Encoding: UTF8Encoding { Preamble.Length: 0 } } file)
        {
            file.Flush();
            file.BaseStream.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
            return;
        }

        // Otherwise decoded into one reused buffer: a report of millions of diagnostics would otherwise make a string per drain.
        var length = Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount);
        if (characters.Length < length)
        {
            characters = new char[length];
        }

        target.Write(characters, 0, Encoding.UTF8.GetChars(buffer.WrittenSpan, characters));
        buffer.ResetWrittenCount();
    }

    /// <summary>Passes the rest to the target and ends the document with a line break.</summary>
    public void Finish()
    {
        Drain();
        target.WriteLine();
    }

    public void Dispose() => Writer.Dispose();
}
