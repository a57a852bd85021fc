using System.Text;
using OpenTrain.Json;

namespace OpenTrain.Tests.Cli;

public class JsonFieldAppenderTests
{
    [Test]
    [Arguments("""{"a":1.50}""", """{"a":1.50,"x":{"y":true}}""")]
    [Arguments("{}", """{"x":{"y":true}}""")]
    [Arguments(" { } \n", """ { "x":{"y":true}} """ + "\n")]
    [Arguments("\uFEFF{\"a\":\"é\"}\r\n", "\uFEFF{\"a\":\"é\",\"x\":{\"y\":true}}\r\n")]
    [Arguments("[1,2]", "[1,2]")]
    [Arguments("null", "null")]
    [Arguments("", "")]
    public async Task Appends_the_field_before_the_closing_brace_of_an_object_only(string body, string expected)
    {
        var appended = JsonFieldAppender.Append(Encoding.UTF8.GetBytes(body), "x", """{"y":true}"""u8.ToArray());
        await Assert.That(Encoding.UTF8.GetString(appended)).IsEqualTo(expected);
    }
}
