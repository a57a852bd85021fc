namespace OpenTrain.Config;

/// <summary>A setting or the credentials file cannot be used: rendered as <c>Error: message</c>, exit 1.</summary>
internal class ConfigException(string message) : Exception(message);

/// <summary>A setting the user gave is invalid (a base URL): rendered as a usage error, before any request.</summary>
internal sealed class InvalidSettingException(string message) : ConfigException(message);

/// <summary>No token is configured for a command that needs one.</summary>
internal sealed class NotLoggedInException() : ConfigException(
    "Not logged in: no API token found. Run 'opentrain auth register' to create an agent account, " +
    "'opentrain auth login --api-key <token>' to use an existing token, or set OT_API_TOKEN.");
