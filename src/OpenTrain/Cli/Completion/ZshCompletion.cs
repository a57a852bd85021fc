using OpenTrain.Toolkit;

namespace OpenTrain.Cli.Completion;

/// <summary>The zsh script: <c>opentrain completion zsh &gt; "${fpath[1]}/_opentrain"</c> (or sourced).</summary>
internal static class ZshCompletion
{
    public static string Render(CompletionModel model) => PosixData.Script(Header, model, Function);

    private const string Header = "#compdef opentrain\n# opentrain completion for zsh. Install: opentrain completion zsh > \"${fpath[1]}/_opentrain\"\n";

    private const string Function = """
        _opentrain() {
            local cur="${words[CURRENT]}" cmd skip
            local -a candidates
            _opentrain_walk "${(@)words[2,CURRENT-1]}"
            if ((skip)); then
                candidates=(${=$(_opentrain_values "$cmd ${words[CURRENT-1]}")})
                if ((${#candidates} == 0)); then _files; return; fi
            elif [[ "$cur" == -* ]]; then
                candidates=(${=$(_opentrain_flags "$cmd")} ${=_opentrain_global})
            else
                candidates=(${=$(_opentrain_children "$cmd")})
            fi
            compadd -- $candidates
        }
        if [[ "${funcstack[1]}" == "_opentrain" ]]; then _opentrain "$@"; else compdef _opentrain opentrain; fi

        """;
}
