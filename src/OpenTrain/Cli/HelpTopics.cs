using System.Text;
using OpenTrain.Config;
using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>The help topics that are not commands: <c>opentrain help exit-codes</c> and <c>opentrain help environment</c>.</summary>
internal static class HelpTopics
{
    public static readonly string[] Names = ["exit-codes", "environment"];

    /// <summary>The topic's text, or null when <paramref name="name"/> is not a topic.</summary>
    public static string? Find(string name) => name switch
    {
        "exit-codes" => ExitCodesText,
        "environment" => Environment(),
        _ => null,
    };

    private const string ExitCodesText =
        "Exit codes (the same with and without --json):\n\n" +
        "  0    Success. Also: a claim still pending ('auth claim-status' without --wait), and a\n" +
        "       money-moving command that returned a pending approval: nothing moved yet; a human\n" +
        "       confirms the printed approval URL. An approval a human declined, or one that expired,\n" +
        "       is a successful read too: 'approvals get' exits 0 and prints the status.\n" +
        "       With --wait, 0 means it ended well: the claim completed, the approval was confirmed,\n" +
        "       the top-up COMPLETED ('contracts end' that ends at once has nothing to wait for).\n" +
        "       Also when the reader of stdout went away ('| head -n 1' has its line): the command ends at\n" +
        "       once with nothing on stderr, a --follow or a --wait too, even between polls.\n" +
        "  1    Any error: an API error (4xx/5xx), a network error or timeout, a usage error (no request\n" +
        "       was made), not logged in, an unreadable credentials file. The reason is on stderr; with\n" +
        "       --json stdout also holds one JSON document {\"error\",\"code\",...} (the API's error\n" +
        "       envelope as received).\n" +
        "       With --wait ('auth claim-status', 'approvals get', 'credits top-up-status', 'proposals hire',\n" +
        "       'milestones fund', 'milestones approve', 'contracts end'): also running out of time\n" +
        "       (--timeout; code TIMEOUT), and an approval declined or expired or a top-up expired or\n" +
        "       canceled (with --json, stdout then holds only that final body). A 5xx, a 429 or a\n" +
        "       network error while waiting is retried with back-off until the deadline.\n" +
        "  130  Interrupted (Ctrl-C, SIGINT, SIGTERM): the request is cancelled, no partial file is written.\n" +
        "       'updates poll --follow' and 'jobs changes --follow' run until interrupted: they exit 130\n" +
        "       after the batch being printed (and its --cursor-file save); a 5xx, a 429 or a network\n" +
        "       error is retried with back-off, any other error exits 1 (with --json, stdout stays NDJSON).\n";

    private static string Environment()
    {
        var width = EnvironmentNames.All.Max(v => v.Name.Length) + 2;
        var sb = new StringBuilder("Environment variables opentrain reads (an empty value counts as unset):\n\n");
        foreach (var (name, meaning) in EnvironmentNames.All) sb.Append("  ").Append(name.PadRight(width)).Append(meaning).Append('\n');
        sb.Append("\nToken: OT_API_TOKEN, then OPENTRAIN_API_TOKEN, then the saved file. Origin: --base-url, then\n")
          .Append("OT_API_BASE_URL, then OPENTRAIN_API_BASE_URL, then the saved file, else https://app.opentrain.ai.\n");
        return sb.ToString();
    }
}
