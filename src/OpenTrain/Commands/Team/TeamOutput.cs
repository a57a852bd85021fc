using OpenTrain.Toolkit;
using TeamInfo = OpenTrain.Generated.Contracts.Team;

namespace OpenTrain.Commands.Team;

/// <summary>The organization, its members and pending invites (shared by <c>team show</c> and <c>team invite</c>).</summary>
internal static class TeamOutput
{
    public static void Write(TextWriter output, TeamInfo? team)
    {
        if (team is null) return;
        var org = team.Organization;
        new KeyValueBlock()
            .Add("Organization", org?.Name is { } name ? $"{name} ({org.Id})" : org?.Id)
            .Add("Owner", org?.OwnerName)
            .WriteTo(output);

        output.WriteLine();
        output.WriteLine("Members:");
        TableOutput.WriteRows(output, team.Members, "No members.", ["ROLE", "NAME", "EMAIL", "JOINED"], m => [m.Role, m.Name, m.Email, m.JoinedAt]);

        output.WriteLine();
        if (team.Invites is { Count: > 0 }) output.WriteLine("Pending invites:");
        TableOutput.WriteRows(output, team.Invites, "No pending invites.", ["EMAIL", "SENT", "EXPIRES"], i => [i.Email, i.CreatedAt, i.ExpiresAt]);
    }
}
