using ConsoleAppFramework;

namespace OpenTrain.Cli;

/// <summary>
/// Runs one invocation: normalises argv, answers help/version/namespace listings and unknown
/// commands itself (the framework would print its root help and exit 0), then hands the command
/// to ConsoleAppFramework with our error filter installed.
/// </summary>
internal static class CliApp
{
    private static readonly Lazy<CommandCatalog> Catalog = new(() => CommandCatalog.Parse(Capture(["--help"])));

    static CliApp()
    {
        ConsoleApp.ServiceProvider = new ContextServiceProvider();
        ConsoleApp.Log = static message => CommandContext.Current.LogWriter.WriteLine(message);
        // The framework reports global-option parse failures here, before any filter runs.
        ConsoleApp.LogError = static message =>
        {
            var run = CommandContext.Current;
            var firstLine = message.Split('\n')[0].TrimEnd('\r');
            run.Terminal.Err.WriteLine($"Usage error: {ErrorRenderer.DescribeParseFailure(firstLine)}");
            run.ExitCode = ExitCodes.Error;
        };
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> argv, CommandContext context, CancellationToken cancellationToken = default)
    {
        CommandContext.SetCurrent(context);
        var args = ArgumentNormalizer.Normalize(argv);
        if (args is ["mcp", ..] or ["help", "mcp"]) return await Mcp.McpCommand.RunAsync(args[0] == "help" ? ["mcp", "--help"] : args, context, cancellationToken);
        var output = context.Terminal.Out;
        var catalog = Catalog.Value;

        if (args.Length == 0 || (args.Length == 1 && args[0] is "help" or "--help" or "-h"))
        {
            output.Write(HelpText.Root(catalog) + Mcp.McpCommand.RootHelp);
            return ExitCodes.Success;
        }
        if (args.Length == 1 && args[0] is "--version" or "version")
        {
            output.Write(Capture(["--version"]));
            return ExitCodes.Success;
        }
        if (args[0] == "help") args = [.. args[1..], "--help"];

        var words = args.TakeWhile(a => !a.StartsWith('-')).ToList();
        var path = catalog.MatchCommand(words);
        if (path is null)
        {
            if (catalog.IsNamespace(words))
            {
                output.Write(HelpText.Namespace(catalog, string.Join(' ', words)));
                return ExitCodes.Success;
            }
            return UnknownCommand(context, catalog, words, args);
        }

        if (WantsHelp(args))
        {
            output.Write(HelpText.Command(Capture(args), path));
            return ExitCodes.Success;
        }

        await Build().RunAsync(args, disposeServiceProvider: false, cancellationToken);
        return context.ExitCode;
    }

    private static int UnknownCommand(CommandContext context, CommandCatalog catalog, List<string> words, string[] args)
    {
        var err = context.Terminal.Err;
        if (words.Count == 0)
        {
            err.WriteLine($"Usage error: unknown flag '{args[0]}'. Run 'opentrain help' to list commands.");
            return ExitCodes.Error;
        }
        var known = words.Count - 1;
        while (known > 0 && !catalog.IsNamespace(words.Take(known).ToList())) known--;
        var hint = known > 0
            ? $"Run 'opentrain {string.Join(' ', words.Take(known))}' to list its commands."
            : "Run 'opentrain help' to list commands.";
        err.WriteLine($"Usage error: unknown command '{string.Join(' ', words)}'. {hint}");
        return ExitCodes.Error;
    }

    private static bool WantsHelp(string[] args)
    {
        foreach (var arg in args)
        {
            if (arg == "--") return false;
            if (arg is "-h" or "--help") return true;
        }
        return false;
    }

    /// <summary>Runs the framework for help or version text and returns what it printed.</summary>
    private static string Capture(string[] args)
    {
        var run = CommandContext.Current;
        var previous = run.LogWriter;
        using var buffer = new StringWriter { NewLine = "\n" };
        run.LogWriter = buffer;
        try
        {
            Build().Run(args, disposeServiceProvider: false);
        }
        finally
        {
            run.LogWriter = previous;
        }
        return buffer.ToString();
    }

    private static ConsoleApp.ConsoleAppBuilder Build()
    {
        var app = ConsoleApp.Create();
        app.ConfigureGlobalOptions((ref ConsoleApp.GlobalOptionsBuilder options) => new GlobalOptions(
            options.AddGlobalOption<bool>("--json", "Print the API response JSON exactly as received."),
            options.AddGlobalOption<string?>("--base-url", "API origin for this call (default https://app.opentrain.ai).", null)));
        app.UseFilter<ErrorFilter>();
        return app;
    }
}
