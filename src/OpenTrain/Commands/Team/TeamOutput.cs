using OpenTrain.Cli;
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
        var members = new Table("ROLE", "NAME", "EMAIL", "JOINED");
        foreach (var m in team.Members ?? []) members.AddRow(m.Role, m.Name, m.Email, m.JoinedAt);
        members.WriteTo(output);

        output.WriteLine();
        if (team.Invites is not { Count: > 0 } invites)
        {
            output.WriteLine("No pending invites.");
            return;
        }
        output.WriteLine("Pending invites:");
        var table = new Table("EMAIL", "SENT", "EXPIRES");
        foreach (var i in invites) table.AddRow(i.Email, i.CreatedAt, i.ExpiresAt);
        table.WriteTo(output);
    }
}
