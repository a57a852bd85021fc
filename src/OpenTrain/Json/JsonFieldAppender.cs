namespace OpenTrain.Json;

/// <summary>
/// Adds one field at the end of a JSON object body without touching anything before it: every field
/// the server sent keeps its bytes and order (the re-indenter formats the result like any body).
/// </summary>
internal static class JsonFieldAppender
{
    /// <summary>The body with <c>"name": value</c> (<paramref name="compactValue"/> is JSON) before its closing brace; a body that is not an object is returned as is.</summary>
    public static byte[] Append(byte[] body, string name, byte[] compactValue)
    {
        var end = LastNonSpace(body, body.Length);
        var start = FirstNonSpace(body);
        if (end < 0 || start < 0 || body[start] != (byte)'{' || body[end] != (byte)'}') return body;
        var empty = LastNonSpace(body, end) == start;
        var field = System.Text.Encoding.UTF8.GetBytes($"{(empty ? "" : ",")}\"{name}\":");
        return [.. body.AsSpan(0, end), .. field, .. compactValue, .. body.AsSpan(end)];
    }

    private static int LastNonSpace(byte[] body, int before)
    {
        for (var i = before - 1; i >= 0; i--)
            if (!IsSpace(body[i])) return i;
        return -1;
    }

    private static int FirstNonSpace(byte[] body)
    {
        // A UTF-8 BOM counts as space here: the re-indenter drops it.
        var i = body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        for (; i < body.Length; i++)
            if (!IsSpace(body[i])) return i;
        return -1;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
}
