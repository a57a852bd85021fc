namespace OpenTrain.Build;

/// <summary>A build step failed with a message for the user; the program prints it and exits 1.</summary>
internal sealed class BuildException(string message) : Exception(message);
