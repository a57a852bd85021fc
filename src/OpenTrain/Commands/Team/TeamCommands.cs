using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Team;

/// <summary>The <c>opentrain team</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("team"), Group(CommandGroup.Admin)]
internal sealed class TeamCommands(CommandContext context)
{
    /// <summary>Invite a human to the team by email.</summary>
    /// <param name="email">Email address of the person to invite.</param>
    [Listed("opentrain team invite --email newhire@example.com"), Endpoint("POST", "/team/invites", "team:write", "team/invite", Claim = true, FeatureFlag = FeatureFlags.Team)]
    public Task Invite([RequiredFlag] string? email = null, CancellationToken cancellationToken = default) => context.RunAsync(TeamInviteCommand.Operation(TeamInviteCommand.Email(email, ArgumentNames.Flags)), cancellationToken);

    /// <summary>Show the organization, its members and pending invites.</summary>
    [Listed("opentrain team show"), Endpoint("GET", "/team", "team:read", "team/list", FeatureFlag = FeatureFlags.Team)]
    public Task Show(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, TeamShowCommand.Operation(), cancellationToken);
}
