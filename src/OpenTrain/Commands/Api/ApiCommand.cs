using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Toolkit;
using OpenTrain.Generated;
using OpenTrain.Http;
using OpenTrain.Json;

namespace OpenTrain.Commands.Api;

internal static class ApiCommand
{
    internal static ApiOperation<JsonElement> Operation(HttpMethod method, string path, IReadOnlyList<KeyValuePair<string, string?>> query, JsonObject? fields, byte[]? body)
    {
        var request = fields is not null
            ? ApiRequest.Json(method, path, fields, OpenTrainJson.Context.JsonObject)
            : new ApiRequest(method, path) { Body = body, ContentType = body is null ? null : "application/json" };
        request = request with { Query = query, Authenticated = !path.StartsWith(ApiPaths.Agent + "/", StringComparison.Ordinal) };
        return new(request.Returning<JsonElement>(), Write);
    }

    private static void Write(JsonElement body, TextWriter output) =>
        output.WriteLine(JsonReindenter.Indent(Encoding.UTF8.GetBytes(body.GetRawText())));
}
