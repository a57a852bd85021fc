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
        await RunAsync(cancellationToken);
    }

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        using var connection = context.Connect();
        var response = await new AuthClient(connection).GetMeAsync(cancellationToken);
        if (context.Global.Json)
        {
            context.WriteJson(response);
            return;
        }
        IdentitySummary.Write(context.Terminal.Out, response.Value, connection.Options.BaseUrl.Text);
    }
}
