using OpenTrain.Toolkit;

namespace OpenTrain.Cli.Completion;

/// <summary><c>opentrain completion bash|zsh|fish|powershell</c>: prints the shell's completion script (answered by the router).</summary>
internal static class CompletionCommand
{
    public const string Usage = "Usage: opentrain completion bash|zsh|fish|powershell";

    public static int Run(IReadOnlyList<string> args, CommandContext context)
    {
        var terminal = context.Terminal;
        if (args is [.., "--help" or "-h"])
        {
            terminal.Out.Write(Help);
            return ExitCodes.Success;
        }
        var model = CompletionModel.Build();
        string? script = args switch
        {
            ["bash"] => BashCompletion.Render(model),
            ["zsh"] => ZshCompletion.Render(model),
            ["fish"] => FishCompletion.Render(model),
            ["powershell" or "pwsh"] => PowerShellCompletion.Render(model),
            _ => null,
        };
        if (script is null)
        {
            const string HowTo = "Run 'opentrain completion --help' for how to install it.";
            var what = args.FirstOrDefault(a => a.StartsWith('-')) is { } flag
                ? $"unknown flag '{flag}': 'opentrain completion' takes only a shell name. {HowTo}"
                : args.Count switch
                {
                    0 => $"a shell is required (expected bash, zsh, fish or powershell). {HowTo}",
                    1 => $"unknown shell '{args[0]}' (expected bash, zsh, fish or powershell). {HowTo}",
                    _ => $"unexpected argument '{args[1]}': 'opentrain completion' takes one shell name. {HowTo}",
                };
            // The one usage-error path: the line on stderr and, with --json, the failure document on stdout.
            return ErrorRenderer.Report(new UsageException(what), context, CancellationToken.None);
        }
        terminal.Out.Write(script);
        return ExitCodes.Success;
    }

    private const string Help =
        Usage + "\n\n" +
        "Print a script that completes opentrain's namespaces, commands, flags and flag values.\n\n" +
        "Install:\n" +
        "  bash        source <(opentrain completion bash)            (add it to ~/.bashrc)\n" +
        "  zsh         opentrain completion zsh > \"${fpath[1]}/_opentrain\"\n" +
        "  fish        opentrain completion fish > ~/.config/fish/completions/opentrain.fish\n" +
        "  powershell  opentrain completion powershell | Out-String | Invoke-Expression   (add it to $PROFILE)\n";
}
