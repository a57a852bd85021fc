namespace OpenTrain.Toolkit;

/// <summary>An argument mistake. Rendered as <c>Usage error: message</c>, exit 1, before any request.</summary>
internal sealed class UsageException(string message) : Exception(message);
