using System.Text;
using OpenTrain.Toolkit;

namespace OpenTrain.Cli.Completion;

/// <summary>
/// What bash and zsh share (the same <c>case</c> and <c>[[ ]]</c> syntax): the model as functions
/// (children, flags and values by key) and the walk over the typed words.
/// </summary>
internal static class PosixData
{
    /// <summary>The whole script: a header comment, the shared functions, then the shell's completion function.</summary>
    public static string Script(string header, CompletionModel model, string function)
    {
        var sb = new StringBuilder(header);
        Write(sb, model);
        return sb.Append(function).ToString();
    }

    private static void Write(StringBuilder sb, CompletionModel model)
    {
        Function(sb, "_opentrain_children", model.Children);
        Function(sb, "_opentrain_flags", model.Flags);
        Function(sb, "_opentrain_values", model.Values);
        sb.Append("_opentrain_booleans=' ").AppendJoin(' ', model.Booleans).Append(" '\n");
        sb.Append("_opentrain_global='").AppendJoin(' ', model.Global).Append("'\n");
        sb.Append(Walk);
    }

    // Sets cmd (the command words typed so far; ids are not command words) and skip (1 when the
    // last word is a flag waiting for its value). 'path' would be zsh's PATH array, hence 'cmd'.
    private const string Walk = """
        _opentrain_walk() {
            local w
            cmd="" skip=0
            for w in "$@"; do
                if ((skip)); then skip=0; continue; fi
                case "$w" in
                    --) break ;;
                    -*=*) ;;
                    -*) [[ "$_opentrain_booleans" == *" $w "* ]] || skip=1 ;;
                    *) [[ " $(_opentrain_children "$cmd") " == *" $w "* ]] && cmd="${cmd:+$cmd }$w" ;;
                esac
            done
        }

        """;

    private static void Function(StringBuilder sb, string name, IEnumerable<(string Key, IReadOnlyList<string> Words)> rows)
    {
        sb.Append(name).Append("() {\n    case \"$1\" in\n");
        foreach (var (key, words) in rows)
            sb.Append("        '").Append(key).Append("') echo '").AppendJoin(' ', words).Append("' ;;\n");
        sb.Append("    esac\n}\n");
    }
}
