namespace OpenTrain.Mcp;

/// <summary>The MCP revisions this server speaks: the client's is answered when known, else the newest.</summary>
internal static class ProtocolVersions
{
    public const string Latest = "2025-11-25";

    public static readonly IReadOnlyList<string> Supported = [Latest, "2025-06-18", "2025-03-26", "2024-11-05"];

    public static string Negotiate(string requested) => Supported.Contains(requested) ? requested : Latest;
}
