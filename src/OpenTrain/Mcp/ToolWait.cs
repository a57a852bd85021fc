using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Commands.Approvals;
using OpenTrain.Commands.Credits;
using OpenTrain.Http;
using OpenTrain.Toolkit;

namespace OpenTrain.Mcp;

/// <summary>
/// The <c>wait</c> and <c>timeoutSeconds</c> arguments of the tools whose command has <c>--wait</c>: declared once,
/// added to each such tool by <see cref="Waiting{T}"/>. The tool runs as without them (a write is sent once); when
/// its result is still pending, the CLI's poll (<see cref="StatusWait.PollAsync{T}"/>) follows it until a human acts,
/// the timeout passes (a result saying it is still pending and how to wait again) or the client cancels the call.
/// </summary>
internal static class ToolWait
{
    public const int DefaultSeconds = 120;
    public const int MaxSeconds = 600;

    /// <summary>Adds the two arguments; <paramref name="until"/> says what ends the wait ("a human confirms or declines").</summary>
    private static ToolSchema WithWait(ToolSchema schema, string until, bool handOff) => schema
        .Boolean("wait", $"Wait until {until} (polls every {WaitOptions.DefaultInterval.TotalSeconds:0} s), then return the final state; default false. " +
            "Ends at timeoutSeconds (the result then says it is still pending) or when the client cancels the call." +
            (handOff ? " The approvalUrl only comes with the result: when the human needs that link, call without wait, hand it over, then call opentrain_get_approval with wait." : ""))
        .Number("timeoutSeconds", $"With wait: give up after this many seconds, 1 to {MaxSeconds}, default {DefaultSeconds}.", minimum: 1, maximum: MaxSeconds);

    /// <summary>The wait the arguments ask for, or null without <c>wait</c> (timeoutSeconds is still checked).</summary>
    private static WaitOptions? Options(ToolArguments args)
    {
        var seconds = NumberArgument.InRange(args.Decimal("timeoutSeconds") ?? DefaultSeconds, 1, MaxSeconds, "timeoutSeconds");
        return args.Bool("wait") ? new WaitOptions(TimeSpan.FromSeconds((double)seconds), WaitOptions.DefaultInterval) : null;
    }

    /// <summary>
    /// The tool with <c>wait</c>: <paramref name="pending"/> finds what to follow in its result (null: nothing pending).
    /// With <paramref name="handOff"/> (a write that hands a human an approval) the result keeps the write's text and shape,
    /// its <c>approval</c> replaced by the final one; otherwise (a check) it is the final poll.
    /// </summary>
    public static McpTool Waiting<T>(this McpTool tool, string until, Func<JsonElement, WaitTarget<T>?> pending, bool handOff = false) where T : class =>
        tool with
        {
            Input = WithWait(tool.Input, until, handOff),
            Run = async (args, context, cancellationToken) =>
            {
                var options = Options(args);
                var first = await tool.Run(args, context, cancellationToken);
                if (options is null || first.IsError || first.Structured is not { } body || pending(body) is not { } target) return first;
                using var connection = context.Connect(requireToken: true);
                using var loop = context.Loop(options, target.Waiting);
                var final = await StatusWait.PollAsync(loop, connection, target, firstPending: null, cancellationToken);
                var before = handOff ? HandOffOutput.WithoutCheck(first.Text) + "\n" : "";
                if (final is null) return first with { Text = before + target.TimedOut(options.Timeout) };
                using var text = new StringWriter { NewLine = "\n" };
                target.Render(final.Value, text);
                var status = target.Status(final.Value);
                if (status != target.Success) text.WriteLine(target.Failed(status));
                return ToolResult.Success(before + text, handOff ? Replace(body, "approval", final.Body) : final.Body);
            },
        };

    /// <summary>An approval to follow: the result's <c>approval</c> while its status is pending.</summary>
    public static WaitTarget<ApprovalEnvelope>? Approval(JsonElement body) =>
        PendingId(body, "approval", "pending") is { } id ? ApprovalWait.Target(id) : null;

    /// <summary>A top-up to follow: the result's <c>topUp</c> while unpaid.</summary>
    public static WaitTarget<TopUpResponse>? TopUp(JsonElement body) =>
        PendingId(body, "topUp", "PENDING") is { } id ? CreditsTopUpStatusCommand.Target(id) : null;

    private static string? PendingId(JsonElement body, string name, string pending) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var item) && item.ValueKind == JsonValueKind.Object
        && item.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String && status.GetString() == pending
        && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text
            ? text
            : null;

    /// <summary>The first result with its <paramref name="name"/> field taken from the final poll's body.</summary>
    private static byte[] Replace(JsonElement body, string name, byte[] final)
    {
        var result = JsonObject.Create(body.Clone())!;
        result[name] = JsonNode.Parse(final)?[name]?.DeepClone();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) result.WriteTo(writer);
        return buffer.WrittenSpan.ToArray();
    }
}
