using System.Threading.Channels;
using DinActions.Cli.Inputs;

namespace DinActions.Cli.Serve;

/// <summary>
/// The file <c>din serve</c> serves, kept current: a change on disk (seen by a file system watcher, or by a slow
/// poll for the changes watchers miss) or an explicit reload (SIGHUP) reads it again. A version is taken only when
/// two reads a settle time apart agree, so a file being written in place is not read half-way; one with errors is
/// refused and logged while the old one serves on. Versions are immutable and swapped whole, so a request reads
/// one version from start to end.
/// </summary>
internal sealed class ServedFile : IAsyncDisposable
{
    // Reads of a file that keeps changing give up after this many tries; the next change tries again.
    private const int Attempts = 20;

    private readonly ServeSettings settings;
    private readonly ServeLog log;
    private readonly ServeMetrics metrics;
    private readonly TimeProvider time;
    private readonly Channel<bool> wakeUps = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource stopping = new();
    private readonly FileSystemWatcher? watcher;
    private readonly ITimer? poll;
    private readonly Task loop;
    private ServedState state;
    private int forced;

    public ServedFile(LoadedFile first, ServeSettings settings, ServeLog log, ServeMetrics metrics, TimeProvider time)
    {
        this.settings = settings;
        this.log = log;
        this.metrics = metrics;
        this.time = time;
        state = new ServedState(first, null, null);
        loop = Task.Run(RunAsync);
        if (settings.Path == InputFile.StandardInput)
        {
            return;
        }

        var fullPath = Path.GetFullPath(settings.Path);
        watcher = new FileSystemWatcher(Path.GetDirectoryName(fullPath) ?? ".", Path.GetFileName(fullPath))
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        watcher.Changed += (_, _) => Reload();
        watcher.Created += (_, _) => Reload();
        watcher.Renamed += (_, _) => Reload();
        watcher.Deleted += (_, _) => Reload();
        watcher.Error += (_, _) => Reload();
        watcher.EnableRaisingEvents = true;

        // Watchers drop events (a full buffer, network file systems, a folder replaced): the poll catches up.
        poll = TimeProvider.System.CreateTimer(_ => Reload(), null, settings.PollInterval, settings.PollInterval);
    }

    /// <summary>The version that answers the next request.</summary>
    public LoadedFile Current => Volatile.Read(ref state).File;

    /// <summary>When a newer version on disk was last refused, while <see cref="Current"/> kept serving; null when none was.</summary>
    public DateTimeOffset? RefusedAt => Volatile.Read(ref state).RefusedAt;

    /// <summary>Reads the file again if it changed.</summary>
    public void Reload() => wakeUps.Writer.TryWrite(true);

    /// <summary>Reads the file and its configuration again even if the file did not change (SIGHUP): the configuration may have.</summary>
    public void ForceReload()
    {
        Interlocked.Exchange(ref forced, 1);
        Reload();
    }

    public async ValueTask DisposeAsync()
    {
        watcher?.Dispose();
        if (poll is not null)
        {
            await poll.DisposeAsync();
        }

        await stopping.CancelAsync();
        wakeUps.Writer.TryComplete();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }

        stopping.Dispose();
    }

    private async Task RunAsync()
    {
        await foreach (var _ in wakeUps.Reader.ReadAllAsync(stopping.Token))
        {
            await ReloadAsync(Interlocked.Exchange(ref forced, 0) == 1, stopping.Token);
        }
    }

    private async Task ReloadAsync(bool force, CancellationToken cancellation)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var readable = FileLoader.TryRead(settings, TextReader.Null, out var first, out var problem);
            var known = Volatile.Read(ref state);
            if (!force && readable && (first == known.File.Text || first == known.RefusedText))
            {
                return;
            }

            await Task.Delay(settings.SettleTime, cancellation);
            var again = FileLoader.TryRead(settings, TextReader.Null, out var second, out var secondProblem);
            if (!readable && !again)
            {
                // A file replaced by delete-then-create is missing for a moment; one that stays missing is refused.
                Refuse(known, $"\0{secondProblem}", [$"{settings.Path}: error: {secondProblem}"], force);
                return;
            }

            if (readable != again || first != second)
            {
                continue;
            }

            if (!force && first == known.File.Text)
            {
                return;
            }

            var outcome = FileLoader.Validate(settings, first, time.GetUtcNow());
            if (outcome.File is { } file)
            {
                Volatile.Write(ref state, new ServedState(file, null, null));
                metrics.Reloaded();
                log.Reloaded(settings.Path, outcome.Problems);
            }
            else
            {
                Refuse(known, first, outcome.Problems, force);
            }

            return;
        }

        log.Message("warn", $"{settings.Path} kept changing for {Attempts} reads; the next change reads it again", "reloadDeferred");
    }

    private void Refuse(ServedState known, string text, IReadOnlyCollection<string> problems, bool force)
    {
        // The same refused content is reported once, not at every poll; an explicit reload always says what it found.
        if (!force && text == known.RefusedText)
        {
            return;
        }

        Volatile.Write(ref state, known with { RefusedAt = time.GetUtcNow(), RefusedText = text });
        metrics.ReloadFailed();
        log.ReloadRefused(settings.Path, [.. problems], known.File.LoadedAt);
    }

    /// <summary>What is served, and what was last refused; replaced whole, never changed.</summary>
    private sealed record ServedState(LoadedFile File, DateTimeOffset? RefusedAt, string? RefusedText);
}
