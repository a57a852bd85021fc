using System.Runtime.InteropServices;
using OpenTrain.Mcp;
using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>
/// <c>opentrain mcp</c> as the shell sees it: its help, its argument check (a usage error like any
/// other, so <c>--json</c> gets the failure document) and the signals that stop the server. The server
/// itself is <see cref="McpServer"/>; while it runs, stdout carries protocol messages only.
/// </summary>
internal static class McpCommand
{
    public static string Help(ToolCatalog catalog) =>
        "Usage: opentrain mcp\n\n" +
        "Serve the OpenTrain tools to an AI agent over stdio (Model Context Protocol, newline-delimited JSON-RPC 2.0).\n" +
        $"A drop-in replacement for 'npx -y @opentrain-ai/mcp': server name 'opentrain', the same {catalog.Official.Count} tools,\n" +
        $"plus {catalog.Extras.Count} for what the CLI wraps beyond it ({string.Join(", ", catalog.Extras.Select(t => t.Name))}).\n\n" +
        "Claude Code:\n" +
        "  claude mcp add opentrain -- opentrain mcp\n\n" +
        "Other clients (mcpServers config):\n" +
        "  {\"mcpServers\":{\"opentrain\":{\"command\":\"opentrain\",\"args\":[\"mcp\"]}}}\n\n" +
        "Credentials (as the official server): OPENTRAIN_PERSONAL_API_TOKEN wins; otherwise the token saved in\n" +
        "${XDG_CONFIG_HOME:-~/.config}/opentrain/cli.json (shared with the CLI). Base URL: OPENTRAIN_API_BASE_URL,\n" +
        "then the file, then https://app.opentrain.ai. With no token only the onboarding tools work:\n" +
        $"  {string.Join(",\n  ", catalog.Tools.Where(t => t.Onboarding).Select(t => t.Name).Chunk(3).Select(names => string.Join(", ", names)))}.\n\n" +
        "The tools and their parameters: docs/mcp.md. Ends at end of input (exit 0) or on SIGINT/SIGTERM.\n";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken cancellationToken = default)
    {
        var terminal = context.Terminal;
        if (args.Count > 1)
        {
            if (args.Count == 2 && args[1] is "--help" or "-h")
            {
                terminal.Out.Write(Help(ToolCatalog.Default));
                return ExitCodes.Success;
            }
            // --json only asks for the failure document: name the argument that is in the way.
            var extra = args.Skip(1).FirstOrDefault(a => a != GlobalFlags.Json) ?? args[1];
            var what = extra.StartsWith('-') ? "flag" : "argument";
            return ErrorRenderer.Report(new UsageException($"unknown {what} '{extra}': 'opentrain mcp' takes no arguments. Run 'opentrain mcp --help'."),
                context, CancellationToken.None);
        }

        // Nothing but protocol messages may reach stdout: the framework's log goes to stderr too.
        context.LogWriter = terminal.Err;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var server = new McpServer(terminal.In, terminal.Out, new McpToolContext(context), ToolCatalog.Default);
        await server.RunAsync(stop.Token);
        var exitCode = stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Success;
        InterruptGuard.CommandEnded(exitCode); // before the registrations above are disposed under a late signal
        return exitCode;

        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
    }
}
