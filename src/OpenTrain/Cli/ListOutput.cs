namespace OpenTrain.Cli;

/// <summary>Shared endings of list commands.</summary>
internal static class ListOutput
{
    /// <summary>Prints the empty message, or the next-page hint (stderr) when there is a next cursor.</summary>
    public static void WriteFooter(CommandContext context, int count, string? nextCursor, string nextCommand, string emptyMessage)
    {
        if (count == 0) context.Terminal.Out.WriteLine(emptyMessage);
        if (!string.IsNullOrEmpty(nextCursor))
        {
            context.Terminal.Out.WriteLine();
            context.Terminal.Out.WriteLine($"Next cursor: {nextCursor}");
            context.Terminal.Err.WriteLine($"More results: {nextCommand} --cursor {nextCursor}");
        }
    }
}
