namespace OpenTrain.Cli;

/// <summary>One page of a list command: the table (bold header on a colour terminal), or the empty message, then the next-page hint.</summary>
internal static class PagedTable
{
    public static void Write(CommandContext context, Table table, string? nextCursor, ShellCommand nextPage, string emptyMessage)
    {
        if (table.Count > 0) table.WriteTo(context.Terminal.Out, context.Terminal.ColorEnabled);
        ListOutput.WriteFooter(context, table.Count, nextCursor, nextPage.ToString(), emptyMessage);
    }
}
