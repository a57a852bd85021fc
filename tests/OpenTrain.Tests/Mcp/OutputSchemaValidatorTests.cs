using System.Text.Json.Nodes;

namespace OpenTrain.Tests.Mcp;

/// <summary>The test-side validator of outputSchemas catches what it is there to catch.</summary>
public class OutputSchemaValidatorTests
{
    private static readonly JsonNode Schema = JsonNode.Parse("""
        {"type":"object","properties":{
          "id":{"type":["string","null"]},
          "count":{"type":"integer"},
          "tags":{"type":"array","items":{"type":"string"}},
          "order":{"type":"string","enum":["oldest_first","newest_first"]},
          "map":{"type":"object","additionalProperties":{"type":"boolean"}}}}
        """)!;

    [Test]
    public async Task A_conforming_value_has_no_problems()
    {
        var value = JsonNode.Parse("""{"id":null,"count":3,"tags":["a"],"order":"oldest_first","map":{"x":true},"extra":{"any":1}}""");
        await Assert.That(OutputSchemaValidator.Problems(value, Schema)).IsEmpty();
    }

    [Test]
    public async Task Each_kind_of_mismatch_is_reported_with_its_path()
    {
        var value = JsonNode.Parse("""{"id":5,"count":1.5,"tags":["a",null],"order":"mixed","map":{"x":"yes"}}""");
        await Assert.That(OutputSchemaValidator.Problems(value, Schema)).IsEquivalentTo(new[]
        {
            "$.id: number is not string or null",
            "$.count: number is not integer",
            "$.tags[1]: null is not string",
            "$.order: \"mixed\" is not one of [\"oldest_first\",\"newest_first\"]",
            "$.map.x: string is not boolean",
        });
        await Assert.That(OutputSchemaValidator.Problems(JsonNode.Parse("[]"), Schema)).IsEquivalentTo(new[] { "$: array is not object" });
    }

    [Test]
    public async Task AnyOf_passes_when_one_branch_does_and_reports_every_branch_when_none_does()
    {
        var schema = JsonNode.Parse("""{"type":"object","anyOf":[{"properties":{"status":{"type":"string"}}},{"properties":{"status":{"type":"integer"}},"required":["error"]}]}""");
        await Assert.That(OutputSchemaValidator.Problems(JsonNode.Parse("""{"status":"OPEN"}"""), schema)).IsEmpty();
        await Assert.That(OutputSchemaValidator.Problems(JsonNode.Parse("""{"status":404,"error":{}}"""), schema)).IsEmpty();
        await Assert.That(OutputSchemaValidator.Problems(JsonNode.Parse("""{"status":404}"""), schema)).IsEquivalentTo(new[]
        {
            "$ (anyOf 0).status: number is not string",
            "$ (anyOf 1): error is missing",
        });
    }

    [Test]
    public async Task A_keyword_it_does_not_know_is_a_problem_not_a_pass()
    {
        var schema = JsonNode.Parse("""{"type":"object","minProperties":1}""");
        await Assert.That(OutputSchemaValidator.Problems(new JsonObject(), schema)).IsEquivalentTo(new[] { "$: unsupported keyword minProperties" });
    }
}
