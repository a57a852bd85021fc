using System.Diagnostics;
using System.Globalization;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>Issue #13: Ctrl-C ends a command that waits on something that does not answer within a few hundred milliseconds.</summary>
[NotInParallel("interrupt-timing")]
public class InterruptTests
{
    [Test]
    [Arguments("stdin")]
    [Arguments("lock")]
    public async Task Ctrl_c_exits_130_promptly_while_waiting(string on)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        using var env = new TestEnvironment();
        env.WriteCredentials("{}");
        var lockPath = env.CredentialsPath + ".lock";
        // Another process holds the credentials lock: auth login waits for it (up to 15 s) before saving.
        using var held = on == "lock" ? new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None) : null;
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me);
        string[] args = on == "stdin"
            ? ["jobs", "draft", "create", "--description-file", "-"]
            : ["auth", "login", "--api-key", Fixtures.PostClaimToken];

        var start = new ProcessStartInfo(PublishedBinary.Path!) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (k, v) in env.Variables) start.Environment[k] = v;
        start.Environment["OT_API_BASE_URL"] = server.BaseUrl;
        start.Environment["OT_API_TOKEN"] = Fixtures.PreClaimToken;
        using var process = Process.Start(start)!;
        if (on == "lock") while (server.Requests.Count == 0) await Task.Delay(20);
        await Task.Delay(400);

        var interrupted = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);
        interrupted.Stop();

        await Assert.That(process.ExitCode).IsEqualTo(130);
        await Assert.That(interrupted.Elapsed).IsLessThan(TimeSpan.FromSeconds(4));
        await Assert.That(await process.StandardError.ReadToEndAsync()).DoesNotContain("   at ");
        await Assert.That(File.ReadAllText(env.CredentialsPath)).IsEqualTo("{}");
    }

    /// <summary>
    /// Two or three signals milliseconds apart (an impatient Ctrl-C, or SIGINT then SIGTERM from a supervisor)
    /// end the command as the first one does: exit 130, no stack trace, never killed by the signal. Before the
    /// fix about one run in six died of the second signal or crashed in the framework's disposed handler, so
    /// 24 runs per case fail with near certainty if it comes back.
    /// </summary>
    [Test]
    [Arguments("request")]
    [Arguments("stdin")]
    public async Task Repeated_signals_milliseconds_apart_exit_130_like_the_first(string on)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        using var env = new TestEnvironment();
        // Accepts and never answers: the command is inside a request when the signals arrive.
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start(100);
        string[] args = on == "stdin" ? ["jobs", "draft", "create", "--description-file", "-"] : ["jobs", "list"];
        string[] bursts = ["kill -INT $0; kill -INT $0", "kill -INT $0; sleep 0.002; kill -INT $0", "kill -INT $0; kill -TERM $0; kill -INT $0"];
        for (var run = 0; run < 24; run++)
        {
            var start = new ProcessStartInfo(PublishedBinary.Path!) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            foreach (var (k, v) in env.Variables) start.Environment[k] = v;
            start.Environment["OT_API_BASE_URL"] = $"http://127.0.0.1:{((System.Net.IPEndPoint)silent.LocalEndpoint).Port}";
            start.Environment["OT_API_TOKEN"] = Fixtures.PostClaimToken;
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            await Task.Delay(300);
            // One shell sends the burst: separate kill(1) processes would space the signals by milliseconds more.
            using (var burst = Process.Start("sh", ["-c", bursts[run % bursts.Length], process.Id.ToString(CultureInfo.InvariantCulture)])) await burst.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(timeout.Token);

            await Assert.That(process.ExitCode).IsEqualTo(130).Because($"run {run}: {bursts[run % bursts.Length]}");
            await Assert.That(await stderr).IsEqualTo("");
        }
    }
}
