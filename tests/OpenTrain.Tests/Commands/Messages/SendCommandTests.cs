using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Messages;

public class SendCommandTests
{
    private const string Sent = """
        {"ok":true,"message":{"id":"M9","createdAt":"2026-06-12T09:15:00.000Z","conversationId":"C1","isFromViewer":true,"content":"Hi"}}
        """;

    [Test]
    public async Task Posts_conversation_and_content()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/messages", 201, Sent);

        var result = await api.RunAsync("messages", "send", "C1", "--content", "Hi Maria — \"quick\" question");

        var request = await api.SingleRequestAsync();
        await Assert.That(request.Body).IsEqualTo("""{"conversationId":"C1","content":"Hi Maria — \"quick\" question"}""");
        await Assert.That(request.Header("Authorization")).IsEqualTo($"Bearer {ApiSession.Token}");
        await Assert.That(result.Stdout).IsEqualTo("Sent message M9 to conversation C1.\n  Sent at:  2026-06-12T09:15:00.000Z\n");
    }

    [Test]
    public async Task Content_file_dash_reads_standard_input()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/messages", 201, Sent);

        await api.RunWithStdinAsync("Line 1\nLine 2\n", "messages", "send", "--conversation-id", "C1", "--content-file", "-");

        await Assert.That((await api.SingleRequestAsync()).Body).IsEqualTo("""{"conversationId":"C1","content":"Line 1\nLine 2"}""");
    }

    [Test]
    public async Task Ten_thousand_characters_are_allowed_one_more_is_not()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/messages", 201, Sent);

        var ok = await api.RunAsync("messages", "send", "C1", "--content", new string('a', 10_000));
        await Assert.That(ok.ExitCode).IsEqualTo(0);

        await using var other = await ApiSession.StartAsync();
        await other.AssertUsageErrorAsync(await other.RunAsync("messages", "send", "C1", "--content", new string('a', 10_001)),
            "the message is 10,001 characters; the limit is 10,000");
    }

    [Test]
    [Arguments(new[] { "C1" }, "--content or --content-file is required")]
    [Arguments(new[] { "C1", "--content", "a", "--content-file", "f" }, "give --content or --content-file, not both")]
    [Arguments(new[] { "C1", "--content", " \n " }, "the message is empty")]
    [Arguments(new[] { "--content", "hi" }, "--conversation-id is required")]
    public async Task Usage_errors_send_nothing(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageErrorAsync(await api.RunAsync(["messages", "send", .. args]), message);
    }

    [Test]
    public async Task Empty_stdin_is_a_usage_error()
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageErrorAsync(await api.RunWithStdinAsync("", "messages", "send", "C1", "--content-file", "-"), "the message is empty");
    }

    [Test]
    [Arguments(409, "employer_first_message_required", "Hint: the employer must send the first message in a proposal thread.")]
    [Arguments(409, "read_only_conversation", "Hint: this conversation is read-only; nothing can be sent in it.")]
    [Arguments(403, "message_policy_blocked", "Hint: the message breaks the messaging policy")]
    public async Task Documented_refusals_get_a_hint(int status, string reason, string hint)
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/messages", status, Fixtures.Envelope("Refused", status == 409 ? "CONFLICT" : "FORBIDDEN", $$"""{"reason":"{{reason}}"}"""));
        var result = await api.RunAsync("messages", "send", "C1", "--content", "x");
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).Contains(hint);
    }

    [Test]
    public async Task Rate_limit_says_when_to_retry()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/messages", 429, Fixtures.Envelope("Slow down", "RATE_LIMITED", """{"retryAfterSeconds":30}"""));
        var result = await api.RunAsync("messages", "send", "C1", "--content", "x");
        await Assert.That(result.Stderr).EndsWith("Hint: messaging is rate-limited; try again in 30 s.\n");
    }
}
