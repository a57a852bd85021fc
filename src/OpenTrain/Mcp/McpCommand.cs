using System.Runtime.InteropServices;
using OpenTrain.Cli;

namespace OpenTrain.Mcp;

/// <summary>
/// <c>opentrain mcp</c>: serves the OpenTrain tools over stdio (a drop-in for <c>npx -y @opentrain-ai/mcp</c>).
/// While serving, stdout carries protocol messages only; diagnostics go to stderr.
/// </summary>
internal static class McpCommand
{
    public const string Help =
        "Usage: opentrain mcp\n\n" +
        "Serve the OpenTrain tools to an AI agent over stdio (Model Context Protocol, newline-delimited JSON-RPC 2.0).\n" +
        "A drop-in replacement for 'npx -y @opentrain-ai/mcp': server name 'opentrain', the same 41 tools.\n\n" +
        "Claude Code:\n" +
        "  claude mcp add opentrain -- opentrain mcp\n\n" +
        "Other clients (mcpServers config):\n" +
        "  {\"mcpServers\":{\"opentrain\":{\"command\":\"opentrain\",\"args\":[\"mcp\"]}}}\n\n" +
        "Credentials (as the official server): OPENTRAIN_PERSONAL_API_TOKEN wins; otherwise the token saved in\n" +
        "${XDG_CONFIG_HOME:-~/.config}/opentrain/cli.json (shared with the CLI). Base URL: OPENTRAIN_API_BASE_URL,\n" +
        "then the file, then https://app.opentrain.ai. With no token only the onboarding tools work\n" +
        "(opentrain_register_agent, opentrain_claim_account, opentrain_claim_status, opentrain_search_jobs).\n\n" +
        "The tools and their parameters: docs/mcp.md. Ends at end of input (exit 0) or on SIGINT/SIGTERM.\n";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken cancellationToken = default)
    {
        var terminal = context.Terminal;
        if (args.Count > 1)
        {
            if (args.Count == 2 && args[1] is "--help" or "-h")
            {
                terminal.Out.Write(Help);
                return ExitCodes.Success;
            }
            terminal.Err.WriteLine($"Usage error: 'opentrain mcp' takes no arguments, got '{args[1]}'. Run 'opentrain mcp --help'.");
            return ExitCodes.Error;
        }

        // Nothing but protocol messages may reach stdout: the framework's log goes to stderr too.
        context.LogWriter = terminal.Err;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var server = new McpServer(terminal.In, terminal.Out, new McpToolContext(context), ToolCatalog.Default);
        await server.RunAsync(stop.Token);
        return stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Success;

        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
    }
}
