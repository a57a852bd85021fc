using System.Text.Json.Nodes;

namespace OpenTrain.Sandbox.Tests.Support;

/// <summary>Assertions on the two error shapes.</summary>
public static class Expect
{
    /// <summary>Public API envelope: exact status and code, a UUID requestId, and (optionally) details.reason.</summary>
    public static async Task<JsonObject?> Envelope(Reply reply, int status, string code, string? reason = null)
    {
        await Assert.That(reply.Status).IsEqualTo(status);
        await Assert.That(reply.Str("code")).IsEqualTo(code);
        await Assert.That(reply.Str("error")).IsNotEmpty();
        await Assert.That(Guid.TryParse(reply.Str("requestId"), out _)).IsTrue();
        var allowed = new[] { "error", "code", "requestId", "details" };
        await Assert.That(reply.Body!.AsObject().Select(kv => kv.Key).All(allowed.Contains)).IsTrue();
        var details = reply.Body!["details"] as JsonObject;
        if (reason is not null) await Assert.That(details?["reason"]?.GetValue<string>()).IsEqualTo(reason);
        return details;
    }

    /// <summary>OAuth shape <c>{error, error_description?}</c> with exact status and error.</summary>
    public static async Task OAuth(Reply reply, int status, string error)
    {
        await Assert.That(reply.Status).IsEqualTo(status);
        await Assert.That(reply.Str("error")).IsEqualTo(error);
        await Assert.That(reply.Body!.AsObject().Select(kv => kv.Key).All(k => k is "error" or "error_description")).IsTrue();
    }

    public static async Task Strings(JsonNode? array, params string[] expected) =>
        await Assert.That(string.Join(",", array!.AsArray().Select(x => x!.GetValue<string>()))).IsEqualTo(string.Join(",", expected));
}
