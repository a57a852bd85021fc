using System.Text.Json.Nodes;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Auth;

/// <summary>Real processes of the published binary racing on one credentials file.</summary>
public class ConcurrentLoginTests
{
    [Test]
    public async Task Eight_concurrent_logins_leave_one_whole_private_file()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me, times: 8);
        using var env = new TestEnvironment();
        env.WriteCredentials("""{"mcpKey":"keep me","claimToken":"ot_clm_stale"}""");
        var tokens = Enumerable.Range(0, 8).Select(i => $"ot_pat_proc{i}abc_secret{i:D4}xyzxyz").ToArray();

        var results = await Task.WhenAll(tokens.Select(token =>
            PublishedBinary.RunAsync(["auth", "login", "--api-key", token, "--base-url", server.BaseUrl], env.Variables)));

        foreach (var result in results)
        {
            await Assert.That(result.ExitCode).IsEqualTo(0);
            foreach (var token in tokens) await Assert.That(result.AllOutput).DoesNotContain(token);
        }
        var saved = JsonNode.Parse(env.ReadCredentials()!)!.AsObject();
        await Assert.That(tokens).Contains(saved["apiToken"]!.GetValue<string>());
        await Assert.That(saved["mcpKey"]!.GetValue<string>()).IsEqualTo("keep me");
        await Assert.That(saved.ContainsKey("claimToken")).IsFalse();
        await Assert.That(File.GetUnixFileMode(env.CredentialsPath)).IsEqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await Assert.That(Directory.GetFiles(Path.GetDirectoryName(env.CredentialsPath)!, "*.tmp")).IsEmpty();
    }
}
