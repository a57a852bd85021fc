using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Team;

[RegisterCommands("team")]
internal sealed class ShowCommand(CommandContext context)
{
    /// <summary>Show the organization, its members and pending invites.</summary>
    public Task Show(ConsoleAppContext app, CancellationToken cancellationToken = default)
    {
        CommandArgs.RejectExtra(app);
        return RunAsync(cancellationToken);
    }

    internal Task RunAsync(CancellationToken cancellationToken) =>
        context.SendAndPrintAsync(connection => new TeamClient(connection).GetAsync(cancellationToken),
            (response, output) => TeamOutput.Write(output, response.Team));
}
