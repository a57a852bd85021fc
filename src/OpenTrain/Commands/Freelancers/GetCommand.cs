using ConsoleAppFramework;
using OpenTrain.Cli;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Commands.Freelancers;

internal sealed record GetFreelancerOptions(string IdOrSlug);

[RegisterCommands("freelancers")]
internal sealed class GetCommand(CommandContext context)
{
    /// <summary>Show an AI trainer's public profile (identity masked).</summary>
    /// <param name="id">The user id or profile slug (instead of --freelancer-id).</param>
    /// <param name="freelancerId">The AI trainer's user id or profile slug.</param>
    public Task Get([Argument] string? id = null, string? freelancerId = null, CancellationToken cancellationToken = default) =>
        RunAsync(new GetFreelancerOptions(CommandArgs.RequireId(id, freelancerId, "--freelancer-id")), cancellationToken);

    internal async Task RunAsync(GetFreelancerOptions options, CancellationToken cancellationToken)
    {
        using var connection = context.Connect();
        var response = await new FreelancersClient(connection).GetAsync(options.IdOrSlug, cancellationToken);
        context.WriteResult(response, envelope => FreelancerOutput.Write(context.Terminal.Out,
            envelope.Freelancer ?? throw new CliException("the response carried no freelancer"), connection.Options.BaseUrl.Text));
    }
}
