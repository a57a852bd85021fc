namespace OpenTrain.Cli;

/// <summary>For commands whose behaviour a later change delivers: they must not pretend to work.</summary>
internal static class NotAvailable
{
    public static Task Fail(string command) => throw new UsageException($"{command} is not available yet");
}
