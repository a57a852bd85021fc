using System.Text;

namespace OpenTrain.Cli.Completion;

/// <summary>The model as bash/zsh functions (the same <c>case</c> syntax in both): children, flags and values by key.</summary>
internal static class PosixData
{
    public static void Write(StringBuilder sb, CompletionModel model)
    {
        Function(sb, "_opentrain_children", model.Children);
        Function(sb, "_opentrain_flags", model.Flags);
        Function(sb, "_opentrain_values", model.Values);
        sb.Append("_opentrain_booleans=' ").AppendJoin(' ', model.Booleans).Append(" '\n");
        sb.Append("_opentrain_global='").AppendJoin(' ', model.Global).Append("'\n");
    }

    private static void Function(StringBuilder sb, string name, IEnumerable<(string Key, IReadOnlyList<string> Words)> rows)
    {
        sb.Append(name).Append("() {\n    case \"$1\" in\n");
        foreach (var (key, words) in rows)
            sb.Append("        '").Append(key).Append("') echo '").AppendJoin(' ', words).Append("' ;;\n");
        sb.Append("    esac\n}\n");
    }
}
