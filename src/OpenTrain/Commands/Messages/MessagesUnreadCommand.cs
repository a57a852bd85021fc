using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Messages;

internal static class MessagesUnreadCommand
{
}
