using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenTrain.Json;

namespace OpenTrain.Toolkit;

/// <summary>
/// The one <c>--json</c> path: a body (streamed from the network, or a result object serialised by
/// the auth commands) re-indented token by token straight into standard output.
/// </summary>
internal static class JsonOutput
{
    public static void CopyIndented(Stream body, Terminal terminal)
    {
        terminal.Out.Flush();
        terminal.JsonWritten = true;
        try
        {
            JsonReindenter.Indent(body, terminal.OutStream);
            terminal.OutStream.Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not OutputClosedException)
        {
            throw new OutputClosedException(ex);
        }
    }

    /// <summary>A structured result object (the auth commands' <c>--json</c>).</summary>
    public static void WriteJson<T>(this CommandContext context, T result, JsonTypeInfo<T> type) =>
        CopyIndented(new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(result, type), writable: false), context.Terminal);
}
