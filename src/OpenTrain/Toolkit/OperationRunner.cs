using OpenTrain.Http;
using OpenTrain.Json;

namespace OpenTrain.Toolkit;

/// <summary>
/// The one runner of API commands: connects (with a token unless the endpoint is tokenless), then
/// prints the body exactly as received for <c>--json</c>, or the operation's human summary, the
/// paging footer and its next-page command. Failures carry the operation's hint to the renderer.
/// </summary>
internal static class OperationRunner
{
    /// <summary>For a command that takes no arguments: extra words are a usage error, not silently ignored.</summary>
    public static Task RunAsync<T>(this CommandContext context, ConsoleAppContext app, ApiOperation<T> operation, CancellationToken cancellationToken)
    {
        CommandArgs.RejectExtra(app);
        return context.RunAsync(operation, cancellationToken);
    }

    public static async Task RunAsync<T>(this CommandContext context, ApiOperation<T> operation, CancellationToken cancellationToken)
    {
        var terminal = context.Terminal;
        using var connection = context.Connect(operation.RequiresToken);
        try
        {
            if (operation.Prepare is { } prepare) operation = await prepare(connection, cancellationToken);
            if (operation.Before is { } before) await before(connection, cancellationToken);
            if (operation.AllPages is not null)
            {
                await AllPages.RunAsync(context, connection, operation, cancellationToken);
            }
            else if (operation.After is not null || operation.Shown is not null)
            {
                var response = await connection.SendAsync(operation.Call, cancellationToken);
                var body = await operation.AfterAsync(connection, response, cancellationToken);
                if (context.Global.Json) JsonOutput.CopyIndented(new MemoryStream(body, writable: false), terminal);
                else Summarize(context, operation, response.Value);
            }
            else if (context.Global.Json && operation.JsonExtra is { } extra)
            {
                var response = await connection.SendAsync(operation.Call, cancellationToken);
                var (name, value) = extra(response.Value);
                JsonOutput.CopyIndented(new MemoryStream(JsonFieldAppender.Append(response.Body, name, value), writable: false), terminal);
            }
            else if (context.Global.Json)
            {
                await connection.StreamAsync(operation.Call.Request, body => JsonOutput.CopyIndented(body, terminal), cancellationToken);
            }
            else
            {
                Summarize(context, operation, (await connection.SendAsync(operation.Call, cancellationToken)).Value);
            }
        }
        catch (OpenTrainApiException ex)
        {
            throw new OperationFailedException(ex, operation.HintFor(ex) ?? (ex.Code == BoundedBody.TooLargeCode && !context.Global.Json ? "use --json, which streams the body instead of holding it in memory" : null));
        }
        if (operation.Warning?.Invoke() is { } warning) terminal.Err.WriteLine(warning);
    }

    /// <summary>The human summary on stdout, and the next page's command on stderr.</summary>
    private static void Summarize<T>(CommandContext context, ApiOperation<T> operation, T value)
    {
        if (operation.Describe(value, context.HumanOutput()) is { } nextPage) context.Terminal.Err.WriteLine($"More results: {nextPage}");
    }

    /// <summary>Standard output for a human summary: decoration and layout only on a terminal.</summary>
    public static StyledWriter HumanOutput(this CommandContext context)
    {
        var terminal = context.Terminal;
        return new StyledWriter(terminal.Out, terminal.ColorEnabled,
            terminal.IsStdoutTty ? new TerminalLayout(terminal.Width, context.Time.GetUtcNow()) : null);
    }
}
