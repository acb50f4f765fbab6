using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DinActions.Cli.Serve;

/// <summary>
/// The instruments of <c>din serve</c>, on a meter named <see cref="MeterName"/> that <c>dotnet-counters</c> and
/// OpenTelemetry exporters read. The meter carries the served file's path as a tag, so two servers in one
/// process are told apart.
/// </summary>
internal sealed class ServeMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "DinActions.Serve";

    /// <summary>The meter's tag that names the served file.</summary>
    public const string FileTag = "din.serve.file";

    private readonly Meter meter;
    private readonly Counter<long> calls;
    private readonly Counter<long> refused;
    private readonly Counter<long> reloads;
    private readonly Counter<long> failedReloads;
    private readonly Histogram<double> duration;

    public ServeMetrics(string path)
    {
        meter = new Meter(new MeterOptions(MeterName) { Tags = [new(FileTag, path)] });
        calls = meter.CreateCounter<long>("din.serve.calls", "{call}", "Calls answered with an action, by the rule that chose it (tag `rule`).");
        refused = meter.CreateCounter<long>("din.serve.refused", "{request}", "Requests answered with an HTTP error instead of an action, by reason (tag `reason`).");
        reloads = meter.CreateCounter<long>("din.serve.reloads", "{reload}", "New versions of the file that took over.");
        failedReloads = meter.CreateCounter<long>("din.serve.reloads.failed", "{reload}", "New versions of the file refused, the old one serving on.");

        // Answers take microseconds: the default boundaries, made for seconds-long requests, would put every one in the first bucket.
        duration = meter.CreateHistogram(
            "din.serve.call.duration",
            "s",
            "How long answering a call took, from reading its query to writing its action.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.00001, 0.00002, 0.00005, 0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.1, 1] });
    }

    public void Answered(string rule, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("rule", rule);
        calls.Add(1, tag);
        duration.Record(elapsed.TotalSeconds, tag);
    }

    public void Refused(string reason) => refused.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Reloaded() => reloads.Add(1);

    public void ReloadFailed() => failedReloads.Add(1);

    public static TimeSpan Since(long timestamp) => Stopwatch.GetElapsedTime(timestamp);

    public void Dispose() => meter.Dispose();
}
