namespace OpenTrain.Mcp;

/// <summary>The MCP revisions this server speaks: the client's is answered when known, else the newest.</summary>
internal static class ProtocolVersions
{
    public const string Latest = "2025-11-25";

    /// <summary>The one revision with JSON-RPC batches: it added them ("MUST support receiving"), 2025-06-18 removed them.</summary>
    public const string WithBatches = "2025-03-26";

    public static readonly IReadOnlyList<string> Supported = [Latest, "2025-06-18", WithBatches, "2024-11-05"];

    public static string Negotiate(string requested) => Supported.Contains(requested) ? requested : Latest;

    /// <summary>Whether a JSON array is answered as a batch: only once 2025-03-26 has been negotiated.</summary>
    public static bool SupportsBatches(string? negotiated) => negotiated == WithBatches;
}
