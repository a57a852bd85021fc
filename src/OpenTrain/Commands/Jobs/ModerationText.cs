using System.Text.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

/// <summary>What to tell the user when content moderation stops a job.</summary>
internal static class ModerationText
{
    public static string Blocked(string what, JsonElement? details, string jobId)
    {
        var reasons = details.Strings("reasons");
        var text = reasons.Count == 0 ? $"{what}." : $"{what}. Reasons:\n" + string.Join('\n', reasons.Select(r => $"  - {r}"));
        return text + $"\nEdit the job ('{new ShellCommand("opentrain jobs draft update").Arg(jobId).SetPlaceholder()}'), then publish it again.";
    }
}
