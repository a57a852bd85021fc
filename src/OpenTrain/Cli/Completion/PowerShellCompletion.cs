using System.Text;
using OpenTrain.Toolkit;

namespace OpenTrain.Cli.Completion;

/// <summary>The PowerShell script: <c>opentrain completion powershell | Out-String | Invoke-Expression</c>.</summary>
internal static class PowerShellCompletion
{
    public static string Render(CompletionModel model)
    {
        var sb = new StringBuilder("# opentrain completion for PowerShell. Install: opentrain completion powershell | Out-String | Invoke-Expression\n");
        Table(sb, "$global:__opentrainChildren", model.Children);
        Table(sb, "$global:__opentrainFlags", model.Flags);
        Table(sb, "$global:__opentrainValues", model.Values);
        sb.Append("$global:__opentrainBooleans = @(").AppendJoin(", ", model.Booleans.Select(Quote)).Append(")\n");
        sb.Append("$global:__opentrainGlobal = @(").AppendJoin(", ", model.Global.Select(Quote)).Append(")\n");
        sb.Append(Completer);
        return sb.ToString();
    }

    private static string Quote(string word) => $"'{word}'";

    private static void Table(StringBuilder sb, string name, IEnumerable<(string Key, IReadOnlyList<string> Words)> rows)
    {
        // Case-sensitive keys: '-f' and '-F' are different flags.
        sb.Append(name).Append(" = [System.Collections.Generic.Dictionary[string, string[]]]::new([System.StringComparer]::Ordinal)\n");
        foreach (var (key, words) in rows)
            sb.Append(name).Append("['").Append(key).Append("'] = @(").AppendJoin(", ", words.Select(Quote)).Append(")\n");
    }

    private const string Completer = """
        Register-ArgumentCompleter -Native -CommandName opentrain -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $words = @($commandAst.CommandElements | Where-Object { $_.Extent.EndOffset -le $cursorPosition } | ForEach-Object { $_.Extent.Text })
            if ($wordToComplete -ne '' -and $words.Count -gt 0) { $words = @($words | Select-Object -SkipLast 1) }
            $cmd = ''
            $skip = $false
            foreach ($w in @($words | Select-Object -Skip 1)) {
                if ($skip) { $skip = $false; continue }
                if ($w -eq '--') { break }
                if ($w -like '-*=*') { continue }
                if ($w -like '-*') { if ($global:__opentrainBooleans -cnotcontains $w) { $skip = $true }; continue }
                if ($global:__opentrainChildren.ContainsKey($cmd) -and $global:__opentrainChildren[$cmd] -ccontains $w) { $cmd = "$cmd $w".Trim() }
            }
            $candidates = @()
            if ($skip) {
                $key = "$cmd $($words[-1])"
                if ($global:__opentrainValues.ContainsKey($key)) { $candidates = $global:__opentrainValues[$key] }
            } elseif ($wordToComplete -like '-*') {
                if ($global:__opentrainFlags.ContainsKey($cmd)) { $candidates = $global:__opentrainFlags[$cmd] }
                $candidates = @($candidates) + $global:__opentrainGlobal
            } elseif ($global:__opentrainChildren.ContainsKey($cmd)) {
                $candidates = $global:__opentrainChildren[$cmd]
            }
            $candidates | Where-Object { $_.StartsWith($wordToComplete, [System.StringComparison]::Ordinal) } |
                ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
        }

        """;
}
