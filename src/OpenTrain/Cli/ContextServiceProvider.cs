using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>Hands command classes the current run's <see cref="CommandContext"/>; no DI container needed.</summary>
internal sealed class ContextServiceProvider : IServiceProvider
{
    public object? GetService(Type serviceType) =>
        serviceType == typeof(CommandContext) ? CommandContext.Current : null;
}
