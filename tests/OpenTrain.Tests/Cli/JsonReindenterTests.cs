using System.Text;
using OpenTrain.Json;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Cli;

public class JsonReindenterTests
{
    private static string Indent(string json) => JsonReindenter.Indent(Encoding.UTF8.GetBytes(json));

    [Test]
    public async Task Keeps_key_order_number_text_and_prints_non_ascii_literally()
    {
        var output = Indent("""{"z":1,"a":18.50,"big":12345678901234567890123,"e":1.0e+3,"neg":-0.0,"s":"Café — 日本語 <b>&'","emoji":"😀"}""");
        await Assert.That(output).IsEqualTo("{\n  \"z\": 1,\n  \"a\": 18.50,\n  \"big\": 12345678901234567890123,\n  \"e\": 1.0e+3,\n  \"neg\": -0.0,\n  \"s\": \"Café — 日本語 <b>&'\",\n  \"emoji\": \"😀\"\n}\n");
    }

    [Test]
    public async Task Escapes_only_what_json_stringify_escapes()
    {
        var output = Indent("""{"q":"say \"hi\"","bs":"a\\b","ctl":"\u0007\n\t","slash":"a\/b","uni":"\u00e9"}""");
        await Assert.That(output).IsEqualTo("{\n  \"q\": \"say \\\"hi\\\"\",\n  \"bs\": \"a\\\\b\",\n  \"ctl\": \"\\u0007\\n\\t\",\n  \"slash\": \"a/b\",\n  \"uni\": \"é\"\n}\n");
    }

    [Test]
    public async Task Arrays_of_numbers_and_empty_containers_indent_like_node()
    {
        var output = Indent("""{"arr":[1,2.50,{"x":[]}],"o":{}}""");
        await Assert.That(output).IsEqualTo("{\n  \"arr\": [\n    1,\n    2.50,\n    {\n      \"x\": []\n    }\n  ],\n  \"o\": {}\n}\n");
    }

    [Test]
    public async Task Invalid_json_is_printed_as_received()
    {
        await Assert.That(Indent("<html>oops</html>")).IsEqualTo("<html>oops</html>\n");
    }

    [Test]
    public async Task Compact_matches_json_stringify()
    {
        await Assert.That(JsonReindenter.Compact("{ \"reason\": \"x\",\n \"n\": [1, 2.0] }")).IsEqualTo("""{"reason":"x","n":[1,2.0]}""");
    }
}

public class JsonStreamingTests
{
    private static string Stream(string json, int repeat = 1)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(json));
        using var output = new MemoryStream();
        JsonReindenter.Indent(input, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Test]
    public async Task Streaming_gives_the_same_bytes_as_the_buffered_path_across_chunk_boundaries()
    {
        var items = string.Join(",", Enumerable.Range(0, 20000).Select(i => $$"""{"id":"{{i}}","n":{{i}}.50,"s":"é <&> \"q\" \u0007","arr":[1,2.0,[]]}"""));
        var json = $$"""{"items":[{{items}}],"next":null}""";

        var streamed = Stream(json);

        await Assert.That(json.Length).IsGreaterThan(200_000);
        await Assert.That(streamed).IsEqualTo(JsonReindenter.Indent(Encoding.UTF8.GetBytes(json)));
    }

    [Test]
    public async Task A_token_larger_than_the_buffer_is_handled()
    {
        var big = new string('x', 300_000);
        await Assert.That(Stream($$"""{"big":"{{big}}"}""")).IsEqualTo($"{{\n  \"big\": \"{big}\"\n}}\n");
    }

    [Test]
    public async Task A_body_that_is_not_json_is_copied_as_is()
    {
        await Assert.That(Stream("<html>hi</html>")).IsEqualTo("<html>hi</html>\n");
    }

    [Test]
    public async Task A_body_that_breaks_midway_is_an_error()
    {
        await Assert.That(() => Stream("{\"a\": [1, 2, ")).Throws<MalformedJsonException>();
    }
}
