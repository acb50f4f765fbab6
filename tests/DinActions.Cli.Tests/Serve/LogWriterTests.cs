using System.Text;
using DinActions.Cli.Serve;
using FluentAssertions;

namespace DinActions.Cli.Tests.Serve;

public sealed class LogWriterTests
{
    [Fact]
    public void Every_line_of_concurrent_writers_is_written_whole_and_in_each_writers_order_by_the_time_it_is_disposed()
    {
        var output = new StringWriter { NewLine = "\n" };
        using (var writer = new LogWriter(output))
        {
            Parallel.For(0, 4, thread =>
            {
                for (var i = 0; i < 5_000; i++)
                {
                    writer.WriteLine($"{thread} {i}");
                }
            });
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(20_000);
        foreach (var thread in Enumerable.Range(0, 4))
        {
            lines.Where(line => line.StartsWith($"{thread} ", StringComparison.Ordinal)).Select(line => int.Parse(line[2..], System.Globalization.CultureInfo.InvariantCulture))
                .Should().Equal(Enumerable.Range(0, 5_000));
        }
    }

    [Fact]
    public void An_entry_of_several_lines_is_never_split_by_another()
    {
        var output = new StringWriter { NewLine = "\n" };
        using (var writer = new LogWriter(output))
        {
            Parallel.For(0, 1_000, i => writer.WriteLine(string.Join(writer.NewLine, $"head {i}", $"detail {i}")));
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2_000);
        for (var at = 0; at < lines.Length; at += 2)
        {
            lines[at + 1].Should().Be(lines[at].Replace("head", "detail", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_line_written_on_a_quiet_log_is_written_without_waiting_for_more()
    {
        var output = new StringWriter { NewLine = "\n" };
        using var writer = new LogWriter(output);

        writer.WriteLine("one");

        SpinWait.SpinUntil(() => Read(output) == "one\n", TimeSpan.FromSeconds(10)).Should().BeTrue();
    }

    [Fact]
    public void Lines_of_a_busy_log_share_writes_and_the_last_is_written_without_waiting_for_more()
    {
        var output = new CountingWriter();
        using var writer = new LogWriter(output);

        for (var i = 0; i < 10_000; i++)
        {
            writer.WriteLine($"line {i}");
        }

        SpinWait.SpinUntil(() => output.Lines() == 10_000, TimeSpan.FromSeconds(10)).Should().BeTrue("the pause between writes never waits for a line that is not coming");
        output.Writes.Should().BeLessThan(1_000, "lines queued during the pause after a write go out together in the next");
    }

    [Fact]
    public void Every_line_written_while_the_log_closes_is_written_once()
    {
        var output = new StringWriter { NewLine = "\n" };
        var writer = new LogWriter(output);

        Parallel.For(0, 4, thread =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                if (thread == 0 && i == 1_000)
                {
                    writer.Dispose();
                }

                writer.WriteLine($"{thread} {i}");
            }
        });

        var lines = Read(output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(8_000).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void An_output_that_fails_does_not_fail_the_calls_that_log()
    {
        var output = new FailingWriter();
        var writer = new LogWriter(output);

        var logging = () =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                writer.WriteLine("answered");
            }

            writer.Dispose();
        };

        logging.Should().NotThrow();
        output.Attempts.Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_line_after_the_log_is_closed_is_still_written()
    {
        var output = new StringWriter { NewLine = "\n" };
        var writer = new LogWriter(output);
        writer.Dispose();

        writer.WriteLine("late");

        output.ToString().Should().Be("late\n");
    }

    private static string Read(StringWriter output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private sealed class CountingWriter : TextWriter
    {
        private readonly StringBuilder text = new();

        public int Writes { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public int Lines()
        {
            lock (text)
            {
                return text.ToString().Count(c => c == '\n');
            }
        }

        public override void Write(string? value)
        {
            lock (text)
            {
                Writes++;
                text.Append(value);
            }
        }
    }

    private sealed class FailingWriter : TextWriter
    {
        public int Attempts { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(string? value)
        {
            Attempts++;
            throw new IOException("Broken pipe");
        }
    }
}
