using System.Text.Json;

namespace OpenTrain.Generated;

/// <summary>The JSON context with JSON.stringify escaping, for everything opentrain writes.</summary>
public static class OpenTrainJson
{
    public static readonly OpenTrainJsonContext Context =
        new(new JsonSerializerOptions(OpenTrainJsonContext.Default.Options) { Encoder = JsonStringifyEncoder.Instance });
}
