using OpenTrain.Toolkit;

namespace OpenTrain.Cli.Completion;

/// <summary>The bash script: <c>source &lt;(opentrain completion bash)</c>.</summary>
internal static class BashCompletion
{
    public static string Render(CompletionModel model) => PosixData.Script(Header, model, Function);

    private const string Header = "# opentrain completion for bash. Install: source <(opentrain completion bash)\n";

    private const string Function = """
        _opentrain() {
            local cur="${COMP_WORDS[COMP_CWORD]}" cmd skip
            _opentrain_walk "${COMP_WORDS[@]:1:COMP_CWORD-1}"
            local words
            if ((skip)); then
                words="$(_opentrain_values "$cmd ${COMP_WORDS[COMP_CWORD-1]}")"
                if [[ -z "$words" ]]; then COMPREPLY=($(compgen -f -- "$cur")); return 0; fi
            elif [[ "$cur" == -* ]]; then
                words="$(_opentrain_flags "$cmd") $_opentrain_global"
            else
                words="$(_opentrain_children "$cmd")"
            fi
            COMPREPLY=($(compgen -W "$words" -- "$cur"))
        }
        complete -o default -F _opentrain opentrain

        """;
}
