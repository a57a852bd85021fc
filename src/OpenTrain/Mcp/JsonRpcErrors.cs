namespace OpenTrain.Mcp;

/// <summary>The JSON-RPC 2.0 error codes the server answers with.</summary>
internal static class JsonRpcErrors
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;

    /// <summary>The longest piece of client text (a method, tool or argument name) an error message repeats.</summary>
    public const int MaxEcho = 120;

    /// <summary>Client text as an error message repeats it: at most <see cref="MaxEcho"/> characters (never half a surrogate pair), then how long it was.</summary>
    public static string Echo(string text)
    {
        if (text.Length <= MaxEcho) return text;
        var cut = char.IsHighSurrogate(text[MaxEcho - 1]) ? MaxEcho - 1 : MaxEcho;
        return $"{text[..cut]}… ({text.Length:N0} characters)";
    }

    /// <summary>
    /// An unexpected failure as a sentence for an error message: the readable message when there is one,
    /// never a .NET type name (<see cref="ExceptionText"/> names the type when it knows nothing better).
    /// </summary>
    public static string Describe(Exception ex)
    {
        var text = ExceptionText.Describe(ex);
        return text == $"unexpected {ex.GetType().Name}" ? "an unexpected failure in the server" : text;
    }
}

/// <summary>A request the server answers with a JSON-RPC error instead of a result.</summary>
internal sealed class JsonRpcException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;

    public static JsonRpcException InvalidParams(string message) => new(JsonRpcErrors.InvalidParams, message);

    public static JsonRpcException InvalidRequest(string message) => new(JsonRpcErrors.InvalidRequest, message);
}
