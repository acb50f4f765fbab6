using System.Collections.Concurrent;
using System.Text;

namespace DinActions.Cli.Serve;

/// <summary>
/// Writes the call log's lines on a thread of its own, so that a request never waits for standard output:
/// lines that arrive while one write is in progress go out together in the next, with one flush, and a
/// quiet server's line is written at once. Lines keep their order. Only when the output falls
/// <see cref="Capacity"/> lines behind does a request wait, as it would for a direct write.
/// </summary>
internal sealed class LogWriter : IDisposable
{
    /// <summary>How many lines may wait to be written.</summary>
    public const int Capacity = 65_536;

    // Bounds the text a batch holds: under a flood, output keeps moving in writes of a few tens of kilobytes.
    private const int MaxBatch = 512;

    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(10);

    private readonly BlockingCollection<string> lines = new(new ConcurrentQueue<string>(), Capacity);
    private readonly TextWriter output;
    private readonly Thread writer;
    private volatile bool disposed;

    public LogWriter(TextWriter output)
    {
        this.output = output;
        writer = new Thread(WriteAll) { IsBackground = true, Name = "din serve log" };
        writer.Start();
    }

    /// <summary>What ends a line of the output.</summary>
    public string NewLine => output.NewLine;

    /// <summary>Queues <paramref name="line"/> (one log entry, which may hold several lines) to be written.</summary>
    public void WriteLine(string line)
    {
        try
        {
            lines.Add(line);
        }
        catch (InvalidOperationException) when (disposed)
        {
            // A request answered while the server stops, after the log closed: its line goes out directly.
            lock (output)
            {
                output.WriteLine(line);
                output.Flush();
            }
        }
    }

    /// <summary>Writes every line queued, then stops the thread.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        lines.CompleteAdding();

        // An output that takes no more (a stalled pipe) must not keep the server from stopping: what it has not
        // taken by then cannot be written anywhere.
        if (writer.Join(DrainLimit))
        {
            lines.Dispose();
        }
    }

    private void WriteAll()
    {
        // One write per batch: standard output flushes on every write, and a write is a system call.
        var batch = new StringBuilder();
        var newLine = output.NewLine;
        foreach (var line in lines.GetConsumingEnumerable())
        {
            batch.Append(line).Append(newLine);
            for (var count = 1; count < MaxBatch && lines.TryTake(out var next); count++)
            {
                batch.Append(next).Append(newLine);
            }

            try
            {
                lock (output)
                {
                    output.Write(batch.ToString());
                    output.Flush();
                }
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException)
            {
                // Standard output is gone (a closed pipe): there is nowhere left to log to, and calls must still be answered.
            }

            batch.Clear();
        }
    }
}
