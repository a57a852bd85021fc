using System.Text;
using System.Text.Json.Nodes;
using OpenTrain.Commands.Webhooks;
using OpenTrain.Tests.Mcp;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Webhooks;

/// <summary>
/// <c>webhooks verify</c> and <c>opentrain_verify_webhook_signature</c>: the spec's test vector (its HMAC computed by
/// Node), exact payload bytes, and each way a header is refused (malformed, mismatch, stale), with its code.
/// </summary>
public class VerifyTests
{
    // Spec §2.6.6: secret whsec_test, t 1700000000, body {"id":"1"}; the expected hex comes from Node, not from us.
    private const string VectorSecret = "whsec_test";
    private const long VectorT = 1700000000;
    private const string VectorBody = """{"id":"1"}""";

    private static async Task<string> VectorHeaderAsync() => $"t={VectorT},v1={await NodeHmac.SignAsync(VectorSecret, VectorT, Encoding.UTF8.GetBytes(VectorBody))}";

    private static Task<CliResult> VerifyAsync(string header, string payload, params string[] more) =>
        CliRunner.RunAsync(["webhooks", "verify", "--secret", VectorSecret, "--signature", header, .. more], stdin: payload);

    [Test]
    public async Task The_spec_test_vector_signs_and_verifies_as_node_computes_it()
    {
        var header = await VectorHeaderAsync();

        // The same hex as Python's hmac.new(b"whsec_test", b'1700000000.{"id":"1"}', hashlib.sha256) and openssl dgst -hmac.
        await Assert.That(header).IsEqualTo("t=1700000000,v1=11bf4466ea17c3df3fd743af0b435368e16b7a05eb8eced85e8c4670767bdec5");
        await Assert.That(WebhookSignature.Header(VectorSecret, VectorT, Encoding.UTF8.GetBytes(VectorBody))).IsEqualTo(header);
        var human = await VerifyAsync(header, VectorBody, "--now", "1700000000");
        var json = await VerifyAsync(header, VectorBody, "--now", "1700000012", "--json");

        await Assert.That(human.ExitCode).IsEqualTo(0).Because(human.Stderr);
        await Assert.That(human.Stdout).IsEqualTo("Valid signature: t=1700000000 (0 s old), and v1 is the HMAC-SHA256 of the payload with this secret.\n");
        await Assert.That(human.Stderr).IsEmpty();
        await Assert.That(json.Stdout).IsEqualTo("{\n  \"valid\": true,\n  \"timestamp\": 1700000000,\n  \"ageSeconds\": 12\n}\n");
    }

    [Test]
    public async Task A_stale_or_future_timestamp_is_refused_after_the_tolerance()
    {
        var header = await VectorHeaderAsync();

        var stale = await VerifyAsync(header, VectorBody, "--now", "1700000301", "--json");
        var wider = await VerifyAsync(header, VectorBody, "--now", "1700000301", "--tolerance", "600");
        var future = await VerifyAsync(header, VectorBody, "--now", "1699999000");
        var edge = await VerifyAsync(header, VectorBody, "--now", "1700000300");

        await Assert.That(stale.ExitCode).IsEqualTo(1);
        await Assert.That(stale.Stderr).IsEqualTo("Error: invalid signature: the signature is right but its timestamp t=1700000000 is 301 s old, beyond the 300 s tolerance (a replayed or delayed delivery, or a wrong clock)\n");
        await Assert.That(JsonNode.Parse(stale.Stdout)!["code"]!.GetValue<string>()).IsEqualTo("SIGNATURE_STALE");
        await Assert.That(wider.ExitCode).IsEqualTo(0);
        await Assert.That(future.ExitCode).IsEqualTo(1);
        await Assert.That(future.Stderr).Contains("is 1000 s in the future");
        await Assert.That(edge.ExitCode).IsEqualTo(0);
    }

    [Test]
    [Arguments("""{"id":"2"}""", "a changed body")]
    [Arguments("""{"id":"1"}""" + "\n", "a trailing newline")]
    [Arguments("""{ "id":"1"}""", "re-serialised JSON")]
    public async Task A_tampered_payload_or_signature_or_a_wrong_secret_is_a_mismatch(string payload, string what)
    {
        var header = await VectorHeaderAsync();
        var flipped = header[..^1] + (header[^1] == '0' ? '1' : '0');

        var tampered = await VerifyAsync(header, payload, "--now", "1700000000", "--json");
        var badMac = await VerifyAsync(flipped, VectorBody, "--now", "1700000000");
        var otherSecret = await CliRunner.RunAsync(["webhooks", "verify", "--secret", "whsec_tesT", "--signature", header, "--now", "1700000000"], stdin: VectorBody);

        await Assert.That(tampered.ExitCode).IsEqualTo(1).Because(what);
        await Assert.That(JsonNode.Parse(tampered.Stdout)!["code"]!.GetValue<string>()).IsEqualTo("SIGNATURE_MISMATCH");
        await Assert.That(tampered.Stderr).StartsWith("Error: invalid signature: no v1 in the header is the HMAC-SHA256 of \"<t>.<payload>\" with this secret");
        await Assert.That(badMac.ExitCode).IsEqualTo(1);
        await Assert.That(otherSecret.ExitCode).IsEqualTo(1);
        await Assert.That(otherSecret.Stderr).Contains("no v1 in the header");
    }

    [Test]
    [Arguments("", "--signature is required", true)]
    [Arguments("v1=abc", "it has no t=<unix seconds> part", false)]
    [Arguments("t=1700000000", "it has no v1=<hex HMAC> part", false)]
    [Arguments("t=1700000000,v1=zz", "v1 must be 64 hex digits (an HMAC-SHA256), got 2 characters", false)]
    [Arguments("t=-5,v1=0000000000000000000000000000000000000000000000000000000000000000", "t must be unix seconds (digits only), got '-5'", false)]
    [Arguments("t=1,t=2,v1=0000000000000000000000000000000000000000000000000000000000000000", "t appears twice", false)]
    [Arguments("garbage", "'garbage' is not a key=value part", false)]
    public async Task A_malformed_header_says_what_is_wrong(string header, string reason, bool usage)
    {
        var result = await CliRunner.RunAsync(["webhooks", "verify", "--secret", VectorSecret, "--signature", header, "--now", "1700000000", "--json"], stdin: VectorBody);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        if (usage)
        {
            await Assert.That(result.Stderr).IsEqualTo($"Usage error: {reason}\n");
            return;
        }
        await Assert.That(result.Stderr).IsEqualTo($"Error: invalid signature: the header is not t=<unix seconds>,v1=<hex HMAC-SHA256>: {reason}\n");
        await Assert.That(JsonNode.Parse(result.Stdout)!["code"]!.GetValue<string>()).IsEqualTo("SIGNATURE_MALFORMED");
    }

    [Test]
    [Arguments("whsec_", "--secret must be a webhook signing secret (whsec_…, as 'opentrain webhooks create' or 'webhooks listen' printed it)")]
    [Arguments("ot_pat_abcdefghijklmnop", "--secret must be a webhook signing secret (whsec_…, as 'opentrain webhooks create' or 'webhooks listen' printed it)")]
    public async Task A_secret_that_is_not_a_signing_secret_is_a_usage_error_and_never_echoed(string secret, string message)
    {
        var result = await CliRunner.RunAsync(["webhooks", "verify", "--secret", secret, "--signature", "t=1,v1=2"], stdin: VectorBody);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo($"Usage error: {message}\n");
    }

    [Test]
    public async Task The_payload_file_is_read_byte_for_byte()
    {
        using var dir = new TestEnvironment();
        // A byte-order mark, CRLF and a byte that is not UTF-8: a text reader would drop or replace them.
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"id\":\"1\"}\r\n"), 0xFF];
        var file = Path.Combine(dir.Root, "body.bin");
        await File.WriteAllBytesAsync(file, body);
        var header = $"t={VectorT},v1={await NodeHmac.SignAsync(VectorSecret, VectorT, body)}";

        var result = await CliRunner.RunAsync(["webhooks", "verify", "--secret", VectorSecret, "--signature", header, "--payload-file", file, "--now", "1700000000"]);
        var missing = await CliRunner.RunAsync(["webhooks", "verify", "--secret", VectorSecret, "--signature", header, "--payload-file", file + ".none"]);

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.Stderr);
        await Assert.That(missing.ExitCode).IsEqualTo(1);
        await Assert.That(missing.Stderr).IsEqualTo($"Error: cannot read --payload-file '{file}.none': no such file or directory\n");
    }

    [Test]
    public async Task Standard_input_is_read_byte_for_byte_by_the_published_binary()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        using var dir = new TestEnvironment();
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"id\":\"1\"}\r\n"), 0xFF];
        var file = Path.Combine(dir.Root, "body.bin");
        await File.WriteAllBytesAsync(file, body);
        var header = $"t={VectorT},v1={await NodeHmac.SignAsync(VectorSecret, VectorT, body)}";

        // bash feeds the file to stdin untouched; '-' and no --payload-file both read it.
        var dash = await ShellProcess.RunAsync("bash", "-c", "exec \"$0\" webhooks verify --secret \"$1\" --signature \"$2\" --now 1700000000 --payload-file - < \"$3\"", PublishedBinary.Path!, VectorSecret, header, file);
        var none = await ShellProcess.RunAsync("bash", "-c", "exec \"$0\" webhooks verify --secret \"$1\" --signature \"$2\" --now 1700000000 < \"$3\"", PublishedBinary.Path!, VectorSecret, header, file);

        await Assert.That(dash.ExitCode).IsEqualTo(0).Because(dash.Stderr);
        await Assert.That(none.ExitCode).IsEqualTo(0).Because(none.Stderr);
        await Assert.That(dash.AllOutput + none.AllOutput).DoesNotContain(VectorSecret);
    }

    [Test]
    public async Task The_mcp_tool_makes_the_same_checks()
    {
        var header = await VectorHeaderAsync();
        await using var mcp = await McpHarness.StartInitializedAsync(new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = "/nonexistent/opentrain-mcp-test" });

        var valid = await mcp.CallAsync("opentrain_verify_webhook_signature", new JsonObject { ["secret"] = VectorSecret, ["signature"] = header, ["payload"] = VectorBody, ["now"] = VectorT + 5 });
        var stale = await mcp.CallAsync("opentrain_verify_webhook_signature", new JsonObject { ["secret"] = VectorSecret, ["signature"] = header, ["payload"] = VectorBody, ["now"] = VectorT + 301 });
        var mismatch = await mcp.CallAsync("opentrain_verify_webhook_signature", new JsonObject { ["secret"] = VectorSecret, ["signature"] = header, ["payload"] = VectorBody + " ", ["now"] = VectorT });
        var malformed = await mcp.CallAsync("opentrain_verify_webhook_signature", new JsonObject { ["secret"] = VectorSecret, ["signature"] = "nope", ["payload"] = VectorBody });
        var badSecret = await mcp.CallAsync("opentrain_verify_webhook_signature", new JsonObject { ["secret"] = "secret", ["signature"] = header, ["payload"] = VectorBody });

        await Assert.That(valid["isError"]!.GetValue<bool>()).IsFalse();
        await Assert.That(valid["structuredContent"]!.ToJsonString()).IsEqualTo("""{"valid":true,"timestamp":1700000000,"ageSeconds":5}""");
        await Assert.That(valid["content"]![0]!["text"]!.GetValue<string>()).StartsWith("Valid signature: t=1700000000 (5 s old)");
        foreach (var (result, code) in new[] { (stale, "SIGNATURE_STALE"), (mismatch, "SIGNATURE_MISMATCH"), (malformed, "SIGNATURE_MALFORMED"), (badSecret, "INVALID_ARGUMENT") })
        {
            await Assert.That(result["isError"]!.GetValue<bool>()).IsTrue();
            await Assert.That(result["structuredContent"]!["error"]!["code"]!.GetValue<string>()).IsEqualTo(code);
        }
        await Assert.That(badSecret["content"]![0]!["text"]!.GetValue<string>()).IsEqualTo("Invalid argument: secret must be a webhook signing secret (whsec_…, as opentrain_create_webhook returned it)");
        var tools = await mcp.RequestAsync("tools/list");
        var tool = tools["result"]!["tools"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "opentrain_verify_webhook_signature")!;
        await Assert.That(tool["annotations"]!["readOnlyHint"]!.GetValue<bool>()).IsTrue();
        await Assert.That(tool["annotations"]!["openWorldHint"]!.GetValue<bool>()).IsFalse();
        await Assert.That(OpenTrain.Mcp.ToolCatalog.Default.Find("opentrain_verify_webhook_signature")!.Extra).IsTrue();
    }
}
