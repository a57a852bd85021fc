using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>
/// Real processes of the published binary racing on, and dying while writing, one credentials
/// file: the file must always be absent or a complete JSON object with mode 0600.
/// </summary>
public class CredentialsDurabilityTests
{
    [Test]
    public async Task Sixteen_mixed_processes_never_tear_the_file()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me, times: int.MaxValue);
        server.OnJson("POST", "/api/agent/oauth/token", 200, Fixtures.Claimed, times: int.MaxValue);
        using var env = new TestEnvironment();
        env.WriteCredentials("""{"mcpKey":"keep me"}""");
        using var stop = new CancellationTokenSource();
        var observations = Task.Run(() => WatchFile(env.CredentialsPath, stop.Token));

        var runs = Enumerable.Range(0, 16).Select(i => (i % 3) switch
        {
            0 => PublishedBinary.RunAsync(["auth", "login", "--api-key", $"ot_pat_proc{i}_secretsecret{i}", "--base-url", server.BaseUrl], env.Variables),
            1 => PublishedBinary.RunAsync(["auth", "claim-status", "--claim-token", Fixtures.ClaimToken, "--base-url", server.BaseUrl], env.Variables),
            _ => PublishedBinary.RunAsync(["auth", "logout"], env.Variables),
        });
        var results = await Task.WhenAll(runs);
        await stop.CancelAsync();
        var (reads, torn) = await observations;

        foreach (var result in results) await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(torn).IsEmpty();
        await Assert.That(reads).IsGreaterThan(0);
        await AssertAbsentOrWhole(env.CredentialsPath);
    }

    [Test]
    public async Task A_process_killed_while_writing_leaves_the_file_absent_or_whole()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me, times: int.MaxValue);
        using var env = new TestEnvironment();
        env.WriteCredentials("""{"apiToken":"ot_pat_first_value","mcpKey":"keep me"}""");
        var random = new Random(7);

        for (var i = 0; i < 24; i++)
        {
            var start = new ProcessStartInfo(PublishedBinary.Path!) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "auth", "login", "--api-key", $"ot_pat_kill{i}_secretsecret", "--base-url", server.BaseUrl }) start.ArgumentList.Add(arg);
            foreach (var (k, v) in env.Variables) start.Environment[k] = v;
            using var process = Process.Start(start)!;
            await Task.Delay(random.Next(0, 25));
            process.Kill();
            await process.WaitForExitAsync();
            await AssertAbsentOrWhole(env.CredentialsPath);
            var saved = JsonNode.Parse(File.ReadAllText(env.CredentialsPath))!.AsObject();
            await Assert.That(saved["mcpKey"]!.GetValue<string>()).IsEqualTo("keep me");
        }

        var final = await PublishedBinary.RunAsync(["auth", "login", "--api-key", "ot_pat_last_secretsecret", "--base-url", server.BaseUrl], env.Variables);
        await Assert.That(final.ExitCode).IsEqualTo(0);
        await Assert.That(Directory.GetFiles(Path.GetDirectoryName(env.CredentialsPath)!, "*.tmp")).IsEmpty();
    }

    private static async Task AssertAbsentOrWhole(string path)
    {
        if (!File.Exists(path)) return;
        var text = File.ReadAllText(path);
        await Assert.That(IsWholeObject(text)).IsTrue();
        await Assert.That(File.GetUnixFileMode(path)).IsEqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static bool IsWholeObject(string text)
    {
        try { return JsonNode.Parse(text) is JsonObject; }
        catch (JsonException) { return false; }
    }

    private static async Task<(int Reads, List<string> Torn)> WatchFile(string path, CancellationToken stop)
    {
        var reads = 0;
        var torn = new List<string>();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var text = File.ReadAllText(path);
                reads++;
                if (!IsWholeObject(text)) torn.Add(text);
            }
            catch (FileNotFoundException) { reads++; }
            catch (IOException) { }
            await Task.Delay(1, CancellationToken.None);
        }
        return (reads, torn);
    }
}
