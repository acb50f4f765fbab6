using System.Globalization;
using System.Text;
using System.Xml;
using DinActions.Diagnostics;

namespace DinActions.Cli.Testing;

/// <summary>
/// Prints a <see cref="TestRun"/> as JUnit XML, which CI systems show as tests: one <c>testsuite</c> for the scenario
/// file, one <c>testcase</c> per scenario, a <c>failure</c> with the text report's diff when it failed.
/// </summary>
internal static class JUnitTestReport
{
    public static async Task WriteAsync(TestRun run, TextWriter output)
    {
        // XML cannot hold most control characters even as references, and a live server's answer may contain them:
        // every text goes through PrintableText.Escape, the writer then escapes markup.
        static string Text(string text) => PrintableText.Escape(text);

        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), NewLineChars = "\n", Async = false };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "din test");
            Counts(xml, run, suite: false);
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", Text(run.ScenarioPath));
            Counts(xml, run, suite: true);
            xml.WriteStartElement("properties");
            xml.WriteStartElement("property");
            xml.WriteAttributeString("name", "target");
            xml.WriteAttributeString("value", Text(run.Target));
            xml.WriteEndElement();
            xml.WriteEndElement();
            foreach (var result in run.Results)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("name", Text(result.Scenario.Name));
                xml.WriteAttributeString("classname", Text(run.ScenarioPath));
                xml.WriteAttributeString("time", Seconds(result.Elapsed));

                // Where the scenario is written, which CI pages that know `file` and `line` link to.
                xml.WriteAttributeString("file", Text(run.ScenarioPath));
                xml.WriteAttributeString("line", result.Scenario.Position.Line.ToString(CultureInfo.InvariantCulture));
                if (!result.Passed)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", Text(string.Join("; ", result.Mismatches.Select(mismatch => $"{mismatch.Expectation}: {mismatch.Message}"))));
                    xml.WriteAttributeString("type", string.Join(",", result.Mismatches.Select(mismatch => mismatch.Expectation)));
                    xml.WriteString(Diff(result));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
    }

    // `skipped` belongs to a testsuite only: the common JUnit schemas have no such attribute on testsuites.
    private static void Counts(XmlWriter xml, TestRun run, bool suite)
    {
        xml.WriteAttributeString("tests", run.Results.Length.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", run.Failed.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        if (suite)
        {
            xml.WriteAttributeString("skipped", "0");
        }

        xml.WriteAttributeString("time", Seconds(run.Elapsed));
    }

    // Lines escaped one by one keep their line breaks, so a CI page shows the diff as lines.
    private static string Diff(ScenarioResult result)
    {
        var diff = new StringBuilder();
        foreach (var mismatch in result.Mismatches)
        {
            diff.Append(mismatch.Expectation).Append(": ").Append(PrintableText.Escape(mismatch.Message)).Append('\n');
            foreach (var expected in mismatch.Expected)
            {
                diff.Append("  - ").Append(PrintableText.Escape(expected)).Append('\n');
            }

            foreach (var actual in mismatch.Actual)
            {
                diff.Append("  + ").Append(PrintableText.Escape(actual)).Append('\n');
            }
        }

        return diff.ToString();
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
