namespace OpenTrain.Mcp;

/// <summary>The JSON-RPC 2.0 error codes the server answers with.</summary>
internal static class JsonRpcErrors
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
}

/// <summary>A request the server answers with a JSON-RPC error instead of a result.</summary>
internal sealed class JsonRpcException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;

    public static JsonRpcException InvalidParams(string message) => new(JsonRpcErrors.InvalidParams, message);
}
