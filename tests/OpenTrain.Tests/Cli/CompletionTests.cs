using OpenTrain.Toolkit;
using OpenTrain.Tests.Support;
using OpenTrain.Commands;

namespace OpenTrain.Tests.Cli;

public class CompletionTests
{
    private static async Task<string> Script(string shell)
    {
        var result = await CliRunner.RunAsync(["completion", shell]);
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stderr).IsEmpty();
        return result.Stdout;
    }

    /// <summary>A command line typed up to the cursor (a trailing space starts a new word), and one completion it must offer.</summary>
    private static readonly (string Line, string Expected)[] Cases =
    [
        ("prop", "proposals"),
        ("jobs publish --jo", "--job-id"),
        ("jobs list --status O", "OPEN"),
        ("jobs list --limit 5 --status ", "PENDING_APPROVAL"),
        ("jobs draft ", "create"),
        ("proposals list job_1 --status ", "SHORTLISTED"),
        ("webhooks create --event proposal.", "proposal.status_changed"),
        ("messages list --filter ", "proposal"),
        ("jobs search --pay-type PAY_PER_H", "PAY_PER_HOUR"),
        ("whoami --j", "--json"),
        ("completion f", "fish"),
        ("api GET jobs --qu", "--query"),
        ("help jo", "jobs"),
        ("help env", "environment"),
    ];

    /// <summary>What the shell offers for the line, by calling the script's completion function as the shell would.</summary>
    private static async Task<string[]> Complete(string shell, string script, string line)
    {
        var words = new List<string> { "opentrain" };
        words.AddRange(line.Split(' '));
        var quoted = string.Join(' ', words.Select(w => $"'{w}'"));
        var run = shell switch
        {
            "bash" => await ShellProcess.RunAsync("bash", "-c",
                $"source '{script}'; COMP_WORDS=({quoted}); COMP_CWORD={words.Count - 1}; _opentrain; printf '%s\\n' \"${{COMPREPLY[@]}}\""),
            "zsh" => await ShellProcess.RunAsync("zsh", "-c",
                $"compdef() {{ :; }}; source '{script}'; compadd() {{ [[ $1 == -- ]] && shift; print -l -- \"$@\"; }}; _files() {{ :; }}; " +
                $"words=({quoted}); CURRENT={words.Count}; _opentrain"),
            _ => await ShellProcess.RunAsync("fish", "-c", $"source '{script}'; complete -C \"opentrain {line}\""),
        };
        await Assert.That(run.Stderr).IsEmpty();
        var current = words[^1];
        // bash and fish filter by the word being completed; zsh's compadd does it in the shell, so the stub filters here.
        return [.. run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0]).Where(c => c.StartsWith(current, StringComparison.Ordinal))];
    }

    [Test]
    [Arguments("bash")]
    [Arguments("zsh")]
    [Arguments("fish")]
    public async Task Each_shell_completes_namespaces_commands_flags_and_values(string shell)
    {
        if (!ShellProcess.IsInstalled(shell)) Skip.Test($"{shell} is not installed");
        using var script = ShellProcess.Write(await Script(shell), "." + shell);
        foreach (var (line, expected) in Cases)
            await Assert.That(await Complete(shell, script.Path, line)).Contains(expected).Because($"{shell}: '{line}'");
    }

    [Test]
    [Arguments("bash")]
    [Arguments("zsh")]
    [Arguments("fish")]
    public async Task Ids_and_flag_values_are_not_command_words(string shell)
    {
        if (!ShellProcess.IsInstalled(shell)) Skip.Test($"{shell} is not installed");
        using var script = ShellProcess.Write(await Script(shell), "." + shell);
        await Assert.That(await Complete(shell, script.Path, "jobs publish job_1 --")).IsEquivalentTo(["--job-id", "--json", "--base-url", "--debug", "--help"]);
        await Assert.That(await Complete(shell, script.Path, "jobs ")).DoesNotContain("proposals");
    }

    [Test]
    public async Task The_scripts_flags_equal_each_commands_real_flags()
    {
        using var script = ShellProcess.Write(await Script("bash"), ".bash");
        var commands = CommandSurface.Commands.Select(c => string.Join(' ', c.Path)).ToList();
        var loop = string.Join("; ", commands.Select(c => $"echo \"{c}|$(_opentrain_flags '{c}')\""));
        var result = await ShellProcess.RunAsync("bash", "-c", $"source '{script.Path}'; {loop}");
        var scripted = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(l => l.Split('|')[0], l => l.Split('|')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray());
        foreach (var command in CommandSurface.Commands)
        {
            var path = string.Join(' ', command.Path);
            // What the framework parses, each flag under the spelling help documents (--confirm-not-a-fit for its --confirm-nota-fit).
            var real = command.Flags.Select(f => CommandTable.Find(path)!.Option(f.Name)?.Name ?? f.Name).Order(StringComparer.Ordinal).ToArray();
            await Assert.That(string.Join(' ', scripted[path])).IsEqualTo(string.Join(' ', real)).Because(path);
        }
    }

    [Test]
    public async Task The_bash_script_parses()
    {
        using var script = ShellProcess.Write(await Script("bash"), ".bash");
        var result = await ShellProcess.RunAsync("bash", "-n", script.Path);
        await Assert.That(result.Stderr).IsEmpty();
        await Assert.That(result.ExitCode).IsEqualTo(0);
    }

    [Test]
    [Arguments("zsh", "-n")]
    [Arguments("fish", "--no-execute")]
    public async Task The_zsh_and_fish_scripts_parse_where_the_shell_is_installed(string shell, string flag)
    {
        if (!ShellProcess.IsInstalled(shell)) Skip.Test($"{shell} is not installed");
        using var script = ShellProcess.Write(await Script(shell), "." + shell);
        var result = await ShellProcess.RunAsync(shell, flag, script.Path);
        await Assert.That(result.Stderr).IsEmpty();
        await Assert.That(result.ExitCode).IsEqualTo(0);
    }

    [Test]
    public async Task The_powershell_script_parses_and_completes()
    {
        using var script = ShellProcess.Write(await Script("powershell"), ".ps1");
        var lines = string.Join(", ", Cases.Select(c => $"'opentrain {c.Line}'"));
        var command = $"Get-Content -Raw '{script.Path}' | Invoke-Expression; " +
            $"foreach ($line in {lines}) {{ '--- ' + $line; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText }}";
        var result = await ShellProcess.RunAsync("dotnet", "tool", "run", "pwsh", "-NoProfile", "-NonInteractive", "-Command", command);
        if (result.ExitCode != 0 && result.AllOutput.Contains("pwsh", StringComparison.Ordinal) && !result.AllOutput.Contains("opentrain", StringComparison.Ordinal))
            Skip.Test($"pwsh is not available as a dotnet local tool (run 'dotnet tool restore'): {result.AllOutput.Trim()}");
        await Assert.That(result.Stderr).IsEmpty();
        var offered = result.Stdout.Split("--- opentrain ", StringSplitOptions.RemoveEmptyEntries)
            .Select(block => block.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        await Assert.That(offered.Count).IsEqualTo(Cases.Length);
        for (var i = 0; i < Cases.Length; i++)
            await Assert.That(offered[i][1..]).Contains(Cases[i].Expected).Because($"powershell: '{Cases[i].Line}'");
    }

    [Test]
    [Arguments(new string[] { "completion" }, "Usage error: a shell is required (expected bash, zsh, fish or powershell). Run 'opentrain completion --help' for how to install it.\n")]
    [Arguments(new string[] { "completion", "tcsh" }, "Usage error: unknown shell 'tcsh' (expected bash, zsh, fish or powershell). Run 'opentrain completion --help' for how to install it.\n")]
    [Arguments(new string[] { "completion", "bash", "--debug" }, "Usage error: unknown flag '--debug': 'opentrain completion' takes only a shell name. Run 'opentrain completion --help' for how to install it.\n")]
    [Arguments(new string[] { "completion", "bash", "zsh" }, "Usage error: unexpected argument 'zsh': 'opentrain completion' takes one shell name. Run 'opentrain completion --help' for how to install it.\n")]
    public async Task A_missing_or_unknown_shell_is_a_usage_error(string[] args, string stderr)
    {
        var result = await CliRunner.RunAsync(args);
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(result.Stderr).IsEqualTo(stderr);
    }

    [Test]
    public async Task A_usage_error_with_json_prints_the_failure_document()
    {
        var result = await CliRunner.RunAsync(["completion", "tcsh", "--json"]);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("Usage error: unknown flag '--json': 'opentrain completion' takes only a shell name.");
        using var document = System.Text.Json.JsonDocument.Parse(result.Stdout);
        await Assert.That(document.RootElement.GetProperty("code").GetString()).IsEqualTo("USAGE_ERROR");
    }

    [Test]
    [Arguments("completion", "--help")]
    [Arguments("help", "completion")]
    public async Task Completion_help_shows_how_to_install_each_shell(string first, string second)
    {
        var result = await CliRunner.RunAsync([first, second]);
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).Contains("source <(opentrain completion bash)");
        await Assert.That(result.Stdout).Contains("opentrain completion powershell | Out-String | Invoke-Expression");
    }
}
