using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Cli;

/// <summary>Writes results: the raw response for <c>--json</c>, or a structured result object.</summary>
internal static class Output
{
    public static void WriteJson<T>(this CommandContext context, ApiResponse<T> response) =>
        response.WriteIndented(context.Terminal);

    public static void WriteJson<T>(this CommandContext context, T result, JsonTypeInfo<T> type) =>
        context.Terminal.Out.Write(JsonReindenter.Indent(JsonSerializer.SerializeToUtf8Bytes(result, type)));

    public static OpenTrainJsonContext Json => OpenTrainJson.Context;
}
