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
    [Arguments("<html>oops</html>")]
    [Arguments("")]
    [Arguments("  \n ")]
    [Arguments("\u0000\u0001binary")]
    public async Task A_body_that_is_not_json_is_an_error_before_any_output(string body)
    {
        await Assert.That(() => Indent(body)).Throws<MalformedJsonException>();
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

    /// <summary>Hands out the body a fixed number of bytes per read, as a slow network does.</summary>
    private sealed class TrickleStream(byte[] body, int[] reads) : MemoryStream(body)
    {
        private int call;

        public override int Read(byte[] buffer, int offset, int count) =>
            base.Read(buffer, offset, Math.Min(count, call < reads.Length ? reads[call++] : count));
    }

    private static string Trickle(byte[] body, params int[] reads)
    {
        using var output = new MemoryStream();
        JsonReindenter.Indent(new TrickleStream(body, reads), output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Test]
    public async Task The_output_does_not_depend_on_how_the_body_arrives()
    {
        var body = Encoding.UTF8.GetBytes("\uFEFF  \n {\"name\":\"Café 日本 😀\",\"n\":[1,2.50],\"ok\":true}");
        var expected = Trickle(body);

        for (var split = 1; split < body.Length; split++)
            await Assert.That(Trickle(body, split, body.Length)).IsEqualTo(expected);
        await Assert.That(Trickle(body, Enumerable.Repeat(1, body.Length).ToArray())).IsEqualTo(expected);
        await Assert.That(Trickle(body, 1, 1, 1, 2)).IsEqualTo(expected);     // byte-order mark split across reads, then whitespace only
        await Assert.That(expected).IsEqualTo("{\n  \"name\": \"Café 日本 😀\",\n  \"n\": [\n    1,\n    2.50\n  ],\n  \"ok\": true\n}\n");
    }

    [Test]
    public async Task A_body_that_breaks_midway_is_an_error()
    {
        await Assert.That(() => Stream("{\"a\": [1, 2, ")).Throws<MalformedJsonException>();
    }
}

/// <summary>Issue #13: valid JSON the re-indenter used to reject or rewrite now passes through as node prints it.</summary>
public class JsonPassThroughTests
{
    private static string Indent(byte[] json) => JsonReindenter.Indent(json);

    [Test]
    public async Task A_lone_surrogate_escape_is_kept_as_json_stringify_prints_it()
    {
        var output = Indent(Encoding.UTF8.GetBytes("""{"s":"a\ud800b \u00e9 \"q\"","arr":["\udc00"]}"""));

        await Assert.That(output).IsEqualTo("{\n  \"s\": \"a\\ud800b é \\\"q\\\"\",\n  \"arr\": [\n    \"\\udc00\"\n  ]\n}\n");
    }

    [Test]
    public async Task Nesting_deeper_than_1024_passes_through()
    {
        const int depth = 3000;
        var json = new string('[', depth) + new string(']', depth);

        var output = Indent(Encoding.UTF8.GetBytes(json));

        await Assert.That(output.Count(c => c == '[')).IsEqualTo(depth);
        await Assert.That(output).EndsWith("]\n");
    }

    [Test]
    public async Task Bytes_that_are_not_utf8_are_copied_as_received()
    {
        byte[] json = [.. "{\"s\":\"a"u8, 0xFF, 0xFE, .. "b\"}"u8];

        var output = JsonReindenter.Indent(json);
        using var stream = new MemoryStream();
        JsonReindenter.Indent(new MemoryStream(json), stream);

        await Assert.That(stream.ToArray().AsSpan().IndexOf(new byte[] { 0xFF, 0xFE })).IsGreaterThan(0);
        await Assert.That(output).StartsWith("{\n  \"s\": \"a");
    }
}
