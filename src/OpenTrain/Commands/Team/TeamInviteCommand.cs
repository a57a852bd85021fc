using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Team;

internal static class TeamInviteCommand
{
    /// <summary>Required, trimmed, and rid of the obvious mistakes only; the server judges the rest.</summary>
    internal static string Email(string? raw, ArgumentNames names)
    {
        var email = CommandArgs.Require(raw, names["email"]).Trim();
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && !Chars.Any(email, char.IsWhiteSpace)
            ? email
            : throw new UsageException($"{names["email"]} must be an email address, got '{email}'");
    }

    internal static ApiOperation<TeamInviteResponse> Operation(string email) => new(TeamRequests.Invite(email), Write);

    private static void Write(TeamInviteResponse response, TextWriter output)
    {
        var email = response.Email;
        output.WriteLine(response.Status switch
        {
            "invite_created" => $"Invitation emailed to {email}. It stays pending until they accept.",
            "member_added" => $"{email} already had an OpenTrain account and was added to the team.",
            "already_member" => $"{email} is already a member; nothing changed.",
            _ => $"{email}: {response.Status}",
        });
        if (response.Team is null) return;
        output.WriteLine();
        TeamOutput.Write(output, response.Team);
    }
}
