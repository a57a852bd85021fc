namespace OpenTrain.Config;

/// <summary>The credentials file exists but cannot be used; it is left untouched.</summary>
internal sealed class CredentialsFileException(string message) : ConfigException(message);
