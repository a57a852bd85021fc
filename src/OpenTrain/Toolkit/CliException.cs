namespace OpenTrain.Toolkit;

/// <summary>A failure explained to the user in plain words (exit 1): not logged in, unreadable file, timeout.</summary>
internal class CliException(string message) : Exception(message)
{
    /// <summary>The <c>code</c> of the <c>--json</c> failure document (see docs/json-output.md).</summary>
    public string Code { get; init; } = "ERROR";

    /// <summary>A 2xx response without what it must carry.</summary>
    public static CliException InvalidResponse(string message) => new(message) { Code = "INVALID_RESPONSE" };
}
