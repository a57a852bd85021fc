using OpenTrain.Cli;

namespace OpenTrain.Commands.Auth;

[RegisterCommands("auth")]
internal sealed class StatusCommand(CommandContext context)
{
    /// <summary>Show the authenticated user, token scopes and account.</summary>
    [Command("status|whoami")]
    public Task Status(ConsoleAppContext app, CancellationToken cancellationToken = default) =>
        context.RunAsync(app, Operation(context.BaseUrl.Text), cancellationToken);

    internal static ApiOperation<AuthMeResponse> Operation(string baseUrl) =>
        new(AuthApi.GetMe(), (me, output) => IdentitySummary.Write(output, me, baseUrl));
}
