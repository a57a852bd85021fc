using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using OpenTrain.Release.Tests.Support;

namespace OpenTrain.Release.Tests;

/// <summary>
/// The npm packages of <c>./build.sh npm-pack</c>, installed the ways the seed page documents, from a loopback registry
/// that serves the local tarballs: <c>npm install -g @opentrain-ai/cli</c> (with install scripts, and with
/// <c>--ignore-scripts</c>) and <c>npx -y @opentrain-ai/cli</c>. Each path must behave as the binary does: version,
/// a real request, stdin, exit code. Skipped when npm or the tarballs are absent (.ci/run builds them).
/// </summary>
public class NpmPackageTests
{
    public enum InstallPath { Global, GlobalIgnoreScripts, Npx }

    private static string HostPlatform => FakeRelease.HostRid.Replace("osx-", "darwin-");

    private static string[] TarballsOrSkip()
    {
        if (OperatingSystem.IsWindows()) Skip.Test("the npm install tests run on Linux and macOS");
        if (ProcessRunner.Find("npm") is null || ProcessRunner.Find("npx") is null) Skip.Test("npm not found: install Node.js 18 or later");
        var folder = Repo.PathOf("artifacts/npm");
        var tarballs = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.tgz") : [];
        if (!tarballs.Any(t => Path.GetFileName(t).StartsWith($"opentrain-ai-cli-{HostPlatform}-", StringComparison.Ordinal)))
            Skip.Test($"no artifacts/npm/opentrain-ai-cli-{HostPlatform}-*.tgz: run ./build.sh publish-all && ./build.sh npm-pack");
        return tarballs;
    }

    /// <summary>SHA-256 of package/bin/opentrain in this platform's tarball (the binary npm-pack packed).</summary>
    private static async Task<string> PlatformBinarySha256Async()
    {
        var tarball = Directory.GetFiles(Repo.PathOf("artifacts/npm"), $"opentrain-ai-cli-{HostPlatform}-*.tgz").Single();
        await using var file = File.OpenRead(tarball);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        await using var tar = new TarReader(gzip);
        while (await tar.GetNextEntryAsync() is { } entry)
        {
            if (entry.Name == "package/bin/opentrain" && entry.DataStream is not null)
                return Convert.ToHexStringLower(await SHA256.HashDataAsync(entry.DataStream));
        }
        throw new InvalidDataException($"{tarball} has no package/bin/opentrain");
    }

    /// <summary>Installs @opentrain-ai/cli the given way; returns how to run `opentrain args...` that way.</summary>
    private static async Task<Func<string[], string?, Task<ProcessResult>>> InstallAsync(InstallPath path, NpmRegistry registry, TempDir home)
    {
        var env = registry.Environment(home);
        var prefix = home.Combine("prefix");
        if (path == InstallPath.Npx)
            return (args, stdin) => ProcessRunner.RunAsync("npx", ["-y", "@opentrain-ai/cli", .. args], env, home.Path, stdin: stdin);

        var install = await ProcessRunner.RunAsync("npm",
            ["install", "-g", "--prefix", prefix, .. path == InstallPath.GlobalIgnoreScripts ? ["--ignore-scripts"] : Array.Empty<string>(), "@opentrain-ai/cli"],
            env, home.Path, TimeSpan.FromMinutes(3));
        await Assert.That(install.ExitCode).IsEqualTo(0).Because(install.ToString());
        var command = Path.Combine(prefix, "bin", "opentrain");
        return (args, stdin) => ProcessRunner.RunAsync(command, args, env, home.Path, stdin: stdin);
    }

    [Test]
    [Arguments(InstallPath.Global)]
    [Arguments(InstallPath.GlobalIgnoreScripts)]
    [Arguments(InstallPath.Npx)]
    public async Task Installed_opentrain_behaves_as_the_binary(InstallPath path)
    {
        var tarballs = TarballsOrSkip();
        using var home = new TempDir();
        await using var registry = NpmRegistry.Serve(tarballs);
        await using var api = FakeApi.Start();
        var opentrain = await InstallAsync(path, registry, home);

        var version = await opentrain(["--version"], null);
        await Assert.That(version.ExitCode).IsEqualTo(0).Because(version.ToString());
        await Assert.That(version.Stdout).IsEqualTo(Repo.ProjectVersion + "\n");

        var search = await opentrain(["jobs", "search", "--base-url", api.BaseUrl, "--json"], null);
        await Assert.That(search.ExitCode).IsEqualTo(0).Because(search.ToString());
        await Assert.That(search.Stdout).Contains("\"job_npm_smoke\"");

        var login = await opentrain(["auth", "login", "--api-key", "-", "--base-url", api.BaseUrl], "ot_pat_fromstdin_0123456789abcdef\n");
        await Assert.That(login.ExitCode).IsEqualTo(0).Because(login.ToString());
        await Assert.That(api.Requests.Select(r => r.Authorization)).Contains("Bearer ot_pat_fromstdin_0123456789abcdef")
            .Because("the token piped into `opentrain auth login --api-key -` must reach the binary's stdin");

        var failing = await opentrain(["no-such-command"], null);
        await Assert.That(failing.ExitCode).IsEqualTo(1).Because(failing.ToString());
        await Assert.That(failing.Stderr).Contains("no-such-command");
    }

    /// <summary>Installs globally the given way; returns the file the `opentrain` command npm linked resolves to.</summary>
    private static async Task<string> InstalledCommandAsync(InstallPath path, TempDir home)
    {
        await using var registry = NpmRegistry.Serve(TarballsOrSkip());
        await InstallAsync(path, registry, home);
        var command = new FileInfo(home.Combine("prefix", "bin", "opentrain"));
        return command.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command.FullName;
    }

    [Test]
    public async Task With_install_scripts_the_opentrain_command_is_the_native_binary_itself()
    {
        using var home = new TempDir();
        var target = await InstalledCommandAsync(InstallPath.Global, home);

        await Assert.That(FakeRelease.Sha256(target)).IsEqualTo(await PlatformBinarySha256Async())
            .Because($"{target} should be the binary of the platform package, not the Node launcher");
    }

    [Test]
    public async Task Without_install_scripts_the_command_is_the_node_launcher()
    {
        using var home = new TempDir();
        var target = await InstalledCommandAsync(InstallPath.GlobalIgnoreScripts, home);

        await Assert.That(await File.ReadAllTextAsync(target)).StartsWith("#!/usr/bin/env node\n");
    }

    /// <summary>
    /// Ctrl-C or `kill` aimed at the launcher (the Node process) reaches the binary: it stops as it would on its own,
    /// and the launcher ends with the same exit code; no binary is left running.
    /// </summary>
    [Test]
    public async Task The_node_launcher_forwards_a_termination_signal_to_the_binary()
    {
        var tarballs = TarballsOrSkip();
        if (!OperatingSystem.IsLinux()) Skip.Test("finds the launcher's child in /proc (Linux)");
        using var home = new TempDir();
        await using (var registry = NpmRegistry.Serve(tarballs)) await InstallAsync(InstallPath.GlobalIgnoreScripts, registry, home);

        var direct = await TerminateWhileWaitingAsync(Repo.PathOf($"artifacts/{FakeRelease.HostRid}/opentrain"), home);
        var launched = await TerminateWhileWaitingAsync(home.Combine("prefix", "bin", "opentrain"), home);

        await Assert.That(launched.Child).IsNotNull().Because("the launcher runs the binary as its child");
        await Assert.That(launched.ExitCode).IsEqualTo(direct.ExitCode);
        await Assert.That(Directory.Exists($"/proc/{launched.Child}")).IsFalse().Because("the binary must not outlive the launcher");
    }

    /// <summary>
    /// Runs `jobs search` against a server that never answers, sends SIGTERM to the process once the request arrived,
    /// and returns its exit code and the pid of its first child (if any).
    /// </summary>
    private static async Task<(int ExitCode, int? Child)> TerminateWhileWaitingAsync(string file, TempDir home)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "jobs", "search", "--base-url", $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}" })
            start.ArgumentList.Add(arg);
        start.Environment["XDG_CONFIG_HOME"] = home.Combine("config");
        using var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var connection = await listener.AcceptTcpClientAsync(timeout.Token);
            _ = await connection.GetStream().ReadAsync(new byte[4096], timeout.Token); // the request arrived: the binary is waiting
            var children = (await File.ReadAllTextAsync($"/proc/{process.Id}/task/{process.Id}/children")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var kill = await ProcessRunner.RunAsync("kill", ["-TERM", process.Id.ToString()]);
            await Assert.That(kill.ExitCode).IsEqualTo(0).Because(kill.ToString());
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, children.Length > 0 ? int.Parse(children[0]) : null);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            listener.Stop();
        }
    }

    /// <summary>
    /// `npx -y @opentrain-ai/mcp ARGS` runs `opentrain mcp ARGS`: same exit code and output as the binary given those
    /// arguments (whatever `opentrain mcp` does in this build).
    /// </summary>
    [Test]
    public async Task Mcp_package_runs_opentrain_mcp()
    {
        var tarballs = TarballsOrSkip();
        using var home = new TempDir();
        await using var registry = NpmRegistry.Serve(tarballs);
        var env = registry.Environment(home);

        var viaNpx = await ProcessRunner.RunAsync("npx", ["-y", "@opentrain-ai/mcp", "--help"], env, home.Path, TimeSpan.FromMinutes(3));
        var direct = await ProcessRunner.RunAsync(Repo.PathOf($"artifacts/{FakeRelease.HostRid}/opentrain"), ["mcp", "--help"], env, home.Path);

        await Assert.That(viaNpx.ExitCode).IsEqualTo(direct.ExitCode).Because(viaNpx.ToString());
        await Assert.That(viaNpx.Stdout).IsEqualTo(direct.Stdout);
        await Assert.That(viaNpx.Stderr).Contains(direct.Stderr.Trim());
    }

    /// <summary>The two endpoints the checks call: GET /api/public/v1/jobs (tokenless) and GET /api/public/v1/auth/me.</summary>
    private static class FakeApi
    {
        private static readonly byte[] Jobs = Encoding.UTF8.GetBytes(
            """{"jobs":[{"id":"job_npm_smoke","title":"Label cats from npm"}],"nextCursor":null,"generatedAt":"2026-01-01T00:00:00Z"}""");

        private static readonly byte[] Me = Encoding.UTF8.GetBytes(
            """{"actor":{"userId":"usr_1","email":"owner@example.com","fullName":"Mira Chen","userType":"EMPLOYER"},"token":{"id":"tok_1","label":"npm","scopes":["jobs:read"],"ownerOrganizationId":null},"account":{"kind":"employer_organization","organizationId":"org_1","ownerUserId":"usr_1","memberRole":"OWNER"}}""");

        public static LoopbackServer Start() => LoopbackServer.Start(request => request switch
        {
            { Method: "GET", Path: "/api/public/v1/jobs" } => new ServerResponse(200, Jobs, "application/json"),
            { Method: "GET", Path: "/api/public/v1/auth/me" } => new ServerResponse(200, Me, "application/json"),
            _ => new ServerResponse(404, """{"error":{"code":"not_found","message":"no such route"}}"""u8.ToArray(), "application/json"),
        });
    }
}
