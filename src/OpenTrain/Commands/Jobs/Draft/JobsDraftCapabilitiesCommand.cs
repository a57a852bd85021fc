using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs.Draft;

internal static class JobsDraftCapabilitiesCommand
{
}
