using System.Text;
using DinActions.Cli.Lint;
using FluentAssertions;

namespace DinActions.Cli.Tests.Lint;

public sealed class JsonStreamTests
{
    [Fact]
    public void A_target_in_a_legacy_code_page_gets_non_ASCII_text_escaped_instead_of_question_marks()
    {
        using var bytes = new MemoryStream();
        var target = new StreamWriter(bytes, Encoding.Latin1);
        using (var json = new JsonStream(target))
        {
            json.Writer.WriteStringValue("営業 `+`");
            json.Finish();
        }

        target.Flush();
        var written = Encoding.Latin1.GetString(bytes.ToArray());
        written.Should().NotContain("?").And.Contain("\\u55B6\\u696D");
    }

    [Fact]
    public void A_Unicode_target_gets_the_text_as_it_is()
    {
        var target = new StringWriter();
        using (var json = new JsonStream(target))
        {
            json.Writer.WriteStringValue("営業 `+`");
            json.Finish();
        }

        target.ToString().Should().StartWith("\"営業 `+`\"");
    }
}
