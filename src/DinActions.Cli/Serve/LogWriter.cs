using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace DinActions.Cli.Serve;

/// <summary>
/// Writes the call log's lines on a thread of its own, so that a request never waits for standard output:
/// lines that arrive while one write is in progress go out together in the next, with one flush, and a
/// quiet server's line is written at once. On a busy server, writes are at least <see cref="BusyPause"/>
/// apart: a line waits that long at most, and many calls share one write. Lines keep their order. Only when
/// the output falls <see cref="Capacity"/> lines behind does a request wait, as it would for a direct write.
/// </summary>
internal sealed class LogWriter : IDisposable
{
    /// <summary>How many lines may wait to be written.</summary>
    public const int Capacity = 65_536;

    // Bounds the text a batch holds: under a flood, output keeps moving in writes of a few tens of kilobytes.
    private const int MaxBatch = 512;

    /// <summary>
    /// The least time between two writes. A write per call (a system call, and waking this thread when it slept)
    /// costs a busy server more than the call's own work; a line a millisecond late costs no one anything.
    /// </summary>
    public static readonly TimeSpan BusyPause = TimeSpan.FromMilliseconds(1);

    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(10);

    // A queue without a lock, and a wake-up only when the writer sleeps: requests never contend for a lock to
    // log, and the writer never spins waiting for work (a blocking collection does both, on every line).
    private readonly ConcurrentQueue<string> lines = new();
    private readonly ManualResetEventSlim wake = new(initialState: false, spinCount: 0);
    private readonly TextWriter output;
    private readonly Thread writer;
    private int queued;
    private int sleeping;
    private int finished;
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
        if (Interlocked.Increment(ref queued) > Capacity)
        {
            WaitForRoom();
        }

        lines.Enqueue(line);

        // The queue's last write is a release, which a later read may pass: without a full fence here, the flags below
        // could be read before the line is seen, while the writer, having raised them, finds the queue empty and
        // sleeps (or, stopped, writes nothing), and the line would wait for the next one, or be lost at the stop.
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref sleeping) == 1 && Interlocked.Exchange(ref sleeping, 0) == 1)
        {
            wake.Set();
        }

        // A line queued after the writer stopped (a request answered while the server stops) goes out directly.
        if (Volatile.Read(ref finished) == 1)
        {
            WriteRest();
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
        wake.Set();

        // An output that takes no more (a stalled pipe) must not keep the server from stopping: what it has not
        // taken by then cannot be written anywhere. The wake-up event is left to the collector: a request still
        // logging may set it, and it holds no handle.
        writer.Join(DrainLimit);
    }

    private void WaitForRoom()
    {
        // The output is a whole queue behind: the request waits, as for a direct write, unless the log is closing.
        while (Volatile.Read(ref queued) > Capacity && !disposed)
        {
            Thread.Sleep(1);
        }
    }

    private void WriteAll()
    {
        // One write per batch: standard output flushes on every write, and a write is a system call.
        var batch = new StringBuilder();
        var newLine = output.NewLine;
        var lastWrite = Stopwatch.GetTimestamp() - Stopwatch.Frequency;
        var full = false;
        while (true)
        {
            if (lines.IsEmpty)
            {
                if (disposed)
                {
                    break;
                }

                Sleep();
                continue;
            }

            // A write soon after the last one waits out the pause, and takes everything that came meanwhile;
            // a writer that is a whole batch behind writes on at once.
            var since = Stopwatch.GetElapsedTime(lastWrite);
            if (!full && since < BusyPause && !disposed)
            {
                Thread.Sleep((int)Math.Ceiling((BusyPause - since).TotalMilliseconds));
            }

            var count = 0;
            while (count < MaxBatch && lines.TryDequeue(out var line))
            {
                batch.Append(line).Append(newLine);
                count++;
            }

            Interlocked.Add(ref queued, -count);
            full = count == MaxBatch;
            lastWrite = Stopwatch.GetTimestamp();
            Write(batch.ToString());
            batch.Clear();
        }

        Interlocked.Exchange(ref finished, 1);
        WriteRest();
    }

    // Sleeps until a line is queued or the log closes; the flag is raised before the queue is looked at again,
    // so a line queued meanwhile either is seen here or wakes the writer.
    private void Sleep()
    {
        wake.Reset();
        Interlocked.Exchange(ref sleeping, 1);
        if (lines.IsEmpty && !disposed)
        {
            wake.Wait();
        }

        Interlocked.Exchange(ref sleeping, 0);
    }

    // After the writer stopped: whoever sees a line left writes it, once, in order.
    private void WriteRest()
    {
        lock (output)
        {
            while (lines.TryDequeue(out var line))
            {
                Interlocked.Decrement(ref queued);
                Write(line + output.NewLine);
            }
        }
    }

    private void Write(string text)
    {
        try
        {
            lock (output)
            {
                output.Write(text);
                output.Flush();
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // Standard output is gone (a closed pipe): there is nowhere left to log to, and calls must still be answered.
        }
    }
}
