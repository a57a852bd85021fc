using OpenTrain.Toolkit;
using OpenTrain.Http;

namespace OpenTrain.Commands.Messages;

/// <summary>Next steps for the documented messaging refusals.</summary>
internal static class MessagingHints
{
    public static string? For(OpenTrainApiException ex)
    {
        var details = ex.Details();
        return ex.Reason switch
        {
            "employer_first_message_required" => "the employer must send the first message in a proposal thread.",
            "read_only_conversation" => "this conversation is read-only; nothing can be sent in it.",
            "message_blocked" => "the message was blocked; it was not delivered.",
            "message_policy_blocked" => "the message breaks the messaging policy (for example contact details or off-platform payment); rephrase it.",
            _ when ex.Status == 429 && details.Number("retryAfterSeconds") is { } wait => $"messaging is rate-limited; try again in {wait} s.",
            _ => null,
        };
    }
}
