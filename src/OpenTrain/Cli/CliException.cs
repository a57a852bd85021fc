namespace OpenTrain.Cli;

/// <summary>A failure explained to the user in plain words (exit 1): not logged in, unreadable file, timeout.</summary>
internal class CliException(string message) : Exception(message);
