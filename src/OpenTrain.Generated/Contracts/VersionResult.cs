namespace OpenTrain.Generated.Contracts;

/// <summary>What <c>opentrain version --json</c> prints: the CLI's version and the platform it was built for (a .NET runtime identifier such as <c>linux-x64</c>).</summary>
public sealed record VersionResult(string Version, string Platform);
