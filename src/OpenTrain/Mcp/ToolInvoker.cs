using OpenTrain.Toolkit;
using OpenTrain.Config;
using OpenTrain.Http;
using OpenTrain.Operations;

namespace OpenTrain.Mcp;

/// <summary>
/// Runs one tool call and turns every failure a user could cause into an <c>isError</c> result
/// with the same text the CLI prints. Schema problems (<see cref="JsonRpcException"/>) and
/// cancellation propagate: the server answers those itself.
/// </summary>
internal static class ToolInvoker
{
    public static async Task<ToolResult> InvokeAsync(McpTool tool, ToolArguments args, McpToolContext context, CancellationToken cancellationToken)
    {
        // Next steps and hints written during the call name tools and their arguments, not command lines.
        ShellCommand.Surface.Current = command => ToolCallText.Render(command, ToolCatalog.Default);
        try
        {
            return await tool.Run(args, context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (JsonRpcException)
        {
            throw;
        }
        catch (OperationFailedException ex)
        {
            return ToolResult.ApiFailure(ex.Error, ex.Hint);
        }
        catch (OpenTrainApiException ex)
        {
            return ToolResult.ApiFailure(ex, CommonHints.For(ex));
        }
        catch (UsageException ex)
        {
            return ToolResult.Failure("INVALID_ARGUMENT", ex.Message, $"Invalid argument: {ex.Message}");
        }
        catch (InvalidSettingException ex)
        {
            return ToolResult.Failure("INVALID_SETTING", ex.Message, $"Error: {ex.Message}");
        }
        catch (McpNotLoggedInException ex)
        {
            return ToolResult.Failure("NOT_LOGGED_IN", ex.Message, $"Error: {ex.Message}");
        }
        catch (Exception ex) when (ex is CliException or ConfigException)
        {
            return ToolResult.Failure("ERROR", ExceptionText.Describe(ex), $"Error: {ExceptionText.Describe(ex)}");
        }
    }
}
