using System.Text;
using OpenTrain.Toolkit;

namespace OpenTrain.Cli.Completion;

/// <summary>The fish script: <c>opentrain completion fish &gt; ~/.config/fish/completions/opentrain.fish</c>.</summary>
internal static class FishCompletion
{
    public static string Render(CompletionModel model)
    {
        var sb = new StringBuilder("# opentrain completion for fish. Install: opentrain completion fish > ~/.config/fish/completions/opentrain.fish\n");
        Function(sb, "__opentrain_children", model.Children);
        Function(sb, "__opentrain_flags", model.Flags);
        Function(sb, "__opentrain_values", model.Values);
        sb.Append("set -g __opentrain_booleans ").AppendJoin(' ', model.Booleans).Append('\n');
        sb.Append("set -g __opentrain_global ").AppendJoin(' ', model.Global).Append('\n');
        sb.Append(Complete);
        return sb.ToString();
    }

    private static void Function(StringBuilder sb, string name, IEnumerable<(string Key, IReadOnlyList<string> Words)> rows)
    {
        sb.Append("function ").Append(name).Append("\n    switch \"$argv[1]\"\n");
        foreach (var (key, words) in rows)
        {
            sb.Append("        case '").Append(key).Append("'\n");
            if (words.Count > 0) sb.Append("            printf '%s\\n' ").AppendJoin(' ', words.Select(w => $"'{w}'")).Append('\n');
        }
        sb.Append("    end\nend\n");
    }

    private const string Complete = """
        function __opentrain_complete
            set -l tokens (commandline -opc)
            set -l cur (commandline -ct)
            set -l cmd ''
            set -l skip 0
            for w in $tokens[2..-1]
                if test $skip = 1
                    set skip 0
                else if test "$w" = '--'
                    break
                else if string match -q -- '-*=*' $w
                else if string match -q -- '-*' $w
                    contains -- $w $__opentrain_booleans; or set skip 1
                else if contains -- $w (__opentrain_children $cmd)
                    set cmd (string trim -- "$cmd $w")
                end
            end
            if test $skip = 1
                __opentrain_values "$cmd $tokens[-1]"
            else if string match -q -- '-*' $cur
                __opentrain_flags $cmd
                printf '%s\n' $__opentrain_global
            else
                __opentrain_children $cmd
            end
        end
        complete -c opentrain -f -a '(__opentrain_complete)'

        """;
}
