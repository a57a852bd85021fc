using OpenTrain.Generated;
using OpenTrain.Toolkit;
using OpenTrain.Config;

namespace OpenTrain.Commands.Auth;

internal sealed record RegisterOptions(string? AgentName, string? OrgName, bool Force);

internal static class AuthRegisterCommand
{
    internal static async Task RunAsync(CommandContext context, RegisterOptions options, CancellationToken cancellationToken)
    {
        var store = context.Credentials;
        var saved = store.Read();
        const string howToReplace = "Run 'opentrain auth register --force' to replace them, or 'opentrain auth logout' first.";
        if (Registration.Refusal(store, saved, options.Force, howToReplace) is { } refusal) throw new CliException(refusal);
        var url = context.ResolveBaseUrl(saved);
        using var connection = context.Connect(url, token: null);
        var result = await Registration.RegisterAsync(connection, store, url, options.AgentName, options.OrgName, options.Force, howToReplace,
            "opentrain auth claim --email <human-email>", cancellationToken);
        if (context.Global.Json)
        {
            context.WriteJson(result, OpenTrainJson.Context.RegisterResult);
            return;
        }
        Registration.Write(context.Terminal.Out, result, url.ApiKeysPage);
        WarnIfEnvironmentTokenWins(context);
    }

    internal static void WarnIfEnvironmentTokenWins(CommandContext context)
    {
        if (EnvironmentToken(context) is { } name)
            context.Terminal.Err.WriteLine($"Note: {name} is set and takes precedence over the saved token; unset it to use the saved one.");
    }

    /// <summary>The environment variable whose token wins over the saved one, or null.</summary>
    internal static string? EnvironmentToken(CommandContext context) =>
        Array.Find(["OT_API_TOKEN", "OPENTRAIN_API_TOKEN"], name => context.GetEnv(name) is not null);
}
