using System.Text.Json.Nodes;
using OpenTrain.Commands.Auth;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Auth;

/// <summary>
/// Issue #25 item 7: at a terminal, <c>auth login</c> without <c>--api-key</c> (and with <c>--api-key -</c>) asks for the
/// token with hidden input that submits on Enter. The published binary runs on a real pseudo-terminal; the test types
/// the token (with a typo and Backspace) and checks that nothing of it appears on the terminal, and that it was saved.
/// </summary>
public class HiddenLoginTests
{
    private const string Typed = "ot_pat_post9xyz_secretPOST98765432x\u007f1";

    [Test]
    [Arguments("")]
    [Arguments("--api-key -")]
    public async Task At_a_terminal_the_token_is_asked_for_and_never_echoed(string flags)
    {
        string[] extra = flags.Length == 0 ? [] : flags.Split(' ');
        if (!PseudoTerminal.Available) Skip.Test("needs OPENTRAIN_BINARY (./build.sh test) and python3");
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me);
        using var env = new TestEnvironment();

        var result = await PseudoTerminal.TypeAsync(["auth", "login", "--base-url", server.BaseUrl, .. extra], "input is hidden", Typed, env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.Stdout + result.Stderr);
        var shown = result.Stdout;
        await Assert.That(shown).Contains(AuthLoginCommand.Prompt.TrimEnd());
        await Assert.That(shown).Contains("Logged in. Token ");
        foreach (var piece in new[] { Fixtures.PostClaimToken, "secretPOST", "98765432x", "post9xyz_secret" })
            await Assert.That(shown).DoesNotContain(piece).Because("the typed token must not be echoed");
        await Assert.That(server.Requests.Single().Header("Authorization")).IsEqualTo($"Bearer {Fixtures.PostClaimToken}");
        await Assert.That(JsonNode.Parse(env.ReadCredentials()!)!["apiToken"]!.GetValue<string>()).IsEqualTo(Fixtures.PostClaimToken);
    }

    [Test]
    public async Task Without_a_terminal_and_without_api_key_it_is_a_usage_error_and_dash_still_reads_the_pipe()
    {
        if (PublishedBinary.Path is null) Skip.Test("needs OPENTRAIN_BINARY (./build.sh test)");
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me);
        using var env = new TestEnvironment();

        var missing = await PublishedBinary.RunAsync(["auth", "login", "--base-url", server.BaseUrl], env.Variables, stdin: Fixtures.PostClaimToken);
        var piped = await PublishedBinary.RunAsync(["auth", "login", "--api-key", "-", "--base-url", server.BaseUrl], env.Variables, stdin: Fixtures.PostClaimToken + "\n");

        await Assert.That(missing.ExitCode).IsEqualTo(1);
        await Assert.That(missing.Stderr).IsEqualTo("Usage error: --api-key is required\n");
        await Assert.That(piped.ExitCode).IsEqualTo(0);
        await Assert.That(piped.Stderr).DoesNotContain("hidden");
        await Assert.That(JsonNode.Parse(env.ReadCredentials()!)!["apiToken"]!.GetValue<string>()).IsEqualTo(Fixtures.PostClaimToken);
    }
}
