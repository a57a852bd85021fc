using OpenTrain.Generated.Contracts;
using OpenTrain.Operations;
using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Auth;

[RegisterCommands("auth")]
internal sealed class StatusCommand(CommandContext context)
{
    /// <summary>Show the authenticated user, token scopes and account.</summary>
    [Command("status|whoami")]
    public async Task Status(ConsoleAppContext app, CancellationToken cancellationToken = default)
    {
        CommandArgs.RejectExtra(app);
        await context.RunAsync(Operation(context.ResolveBaseUrl(context.Credentials.Read()).Text), cancellationToken);
    }

    internal static ApiOperation<AuthMeResponse> Operation(string baseUrl) =>
        new(AuthApi.GetMe(), (me, output) => IdentitySummary.Write(output, me, baseUrl));
}
