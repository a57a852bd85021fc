using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenTrain.Release.Tests.Support;

namespace OpenTrain.Release.Tests;

/// <summary>
/// npm 11's <c>allowScripts</c> (issue #24): the ways npm documents to allow @opentrain-ai/cli's install script make the
/// command the native binary with no npm warning; where npm does not run the script (a project that denies it, as
/// npm 12 does by default, or <c>--ignore-scripts</c>) the Node launcher runs and behaves as the binary: exit codes,
/// stdin, signals (to it alone, to its whole process group as a terminal's Ctrl-C, or to the binary itself), and on a
/// terminal it says once how to allow the script. Real <c>npm install</c>s of the <c>./build.sh npm-pack</c> tarballs
/// from a loopback registry (.ci/run packs them).
/// </summary>
public partial class NpmInstallScriptsTests
{
    private const string Cli = "@opentrain-ai/cli";

    private static string HostPlatform => FakeRelease.HostRid.Replace("osx-", "darwin-");

    private static string DirectBinary => Repo.PathOf($"artifacts/{FakeRelease.HostRid}/opentrain");

    /// <summary>The tarballs, checked to hold today's npm/ templates (a stale pack would test old code).</summary>
    private static async Task<string[]> TarballsOrSkipAsync()
    {
        if (OperatingSystem.IsWindows()) Skip.Test("the npm install tests run on Linux and macOS");
        if (ProcessRunner.Find("npm") is null) Skip.Test("npm not found: install Node.js 18 or later");
        var folder = Repo.PathOf("artifacts/npm");
        var tarballs = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.tgz") : [];
        if (!tarballs.Any(t => Path.GetFileName(t).StartsWith($"opentrain-ai-cli-{HostPlatform}-", StringComparison.Ordinal)))
            Skip.Test($"no artifacts/npm/opentrain-ai-cli-{HostPlatform}-*.tgz: run ./build.sh publish-all && ./build.sh npm-pack");
        var cli = tarballs.Single(t => Regex.IsMatch(Path.GetFileName(t), @"^opentrain-ai-cli-\d"));
        foreach (var (entry, bytes) in await EntriesAsync(cli))
        {
            var template = Repo.PathOf("npm/cli/" + entry["package/".Length..]);
            if (entry.EndsWith(".js", StringComparison.Ordinal) || entry == "package/bin/opentrain")
                await Assert.That(File.Exists(template) && File.ReadAllBytes(template).SequenceEqual(bytes)).IsTrue()
                    .Because($"{Path.GetFileName(cli)} holds an old {entry}: run ./build.sh npm-pack again");
        }
        return tarballs;
    }

    private static async Task<List<(string Name, byte[] Bytes)>> EntriesAsync(string tarball)
    {
        var entries = new List<(string, byte[])>();
        await using var file = File.OpenRead(tarball);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        await using var tar = new TarReader(gzip);
        while (await tar.GetNextEntryAsync() is { } entry)
        {
            if (entry.DataStream is null) continue;
            using var ms = new MemoryStream();
            await entry.DataStream.CopyToAsync(ms);
            entries.Add((entry.Name, ms.ToArray()));
        }
        return entries;
    }

    private static async Task<string> PlatformBinarySha256Async(string[] tarballs)
    {
        var tarball = tarballs.Single(t => Path.GetFileName(t).StartsWith($"opentrain-ai-cli-{HostPlatform}-", StringComparison.Ordinal));
        var binary = (await EntriesAsync(tarball)).Single(e => e.Name == "package/bin/opentrain").Bytes;
        return Convert.ToHexStringLower(SHA256.HashData(binary));
    }

    private static string Resolve(string command)
    {
        var file = new FileInfo(command);
        return file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName;
    }

    private static async Task<bool> NpmHasAllowScriptsAsync(Dictionary<string, string> env, TempDir home)
    {
        var version = await ProcessRunner.RunAsync("npm", ["--version"], env, home.Path, TimeSpan.FromMinutes(1));
        return Version.TryParse(version.Stdout.Trim().Split('-')[0], out var v) && v >= new Version(11, 16);
    }

    public enum Allowance { CommandLineFlag, UserNpmrc, ProjectPackageJson }

    /// <summary>
    /// Each way npm documents to allow one package's install script (npm help config, npm help install-scripts): the
    /// `opentrain` npm links is then the platform binary byte for byte, and npm has nothing to warn about.
    /// </summary>
    [Test]
    [Arguments(Allowance.CommandLineFlag)]
    [Arguments(Allowance.UserNpmrc)]
    [Arguments(Allowance.ProjectPackageJson)]
    public async Task Allowing_the_install_script_makes_opentrain_the_native_binary_with_no_npm_warning(Allowance how)
    {
        var tarballs = await TarballsOrSkipAsync();
        using var home = new TempDir();
        await using var registry = NpmRegistry.Serve(tarballs);
        var env = registry.Environment(home);
        string command;
        ProcessResult install;
        switch (how)
        {
            case Allowance.CommandLineFlag:
                install = await ProcessRunner.RunAsync("npm", ["install", "-g", "--prefix", home.Combine("prefix"), $"--allow-scripts={Cli}", Cli],
                    env, home.Path, TimeSpan.FromMinutes(3));
                command = home.Combine("prefix", "bin", "opentrain");
                break;
            case Allowance.UserNpmrc: // what `npm config set allow-scripts=@opentrain-ai/cli --location=user` writes
                await File.WriteAllTextAsync(home.Combine("npmrc"), $"allow-scripts={Cli}\n");
                install = await ProcessRunner.RunAsync("npm", ["install", "-g", "--prefix", home.Combine("prefix"), Cli], env, home.Path, TimeSpan.FromMinutes(3));
                command = home.Combine("prefix", "bin", "opentrain");
                break;
            default:
                var project = Directory.CreateDirectory(home.Combine("project")).FullName;
                await File.WriteAllTextAsync(Path.Combine(project, "package.json"),
                    $$$"""{"name":"agent-project","version":"1.0.0","private":true,"allowScripts":{"{{{Cli}}}":true}}""");
                install = await ProcessRunner.RunAsync("npm", ["install", Cli], env, project, TimeSpan.FromMinutes(3));
                command = Path.Combine(project, "node_modules", ".bin", "opentrain");
                break;
        }

        await Assert.That(install.ExitCode).IsEqualTo(0).Because(install.ToString());
        await Assert.That(install.Stderr).DoesNotContain("allowScripts").Because(install.ToString());
        await Assert.That(FakeRelease.Sha256(Resolve(command))).IsEqualTo(await PlatformBinarySha256Async(tarballs))
            .Because($"{command} should be the platform binary, not the Node launcher");
    }

    /// <summary>npm's own warning, for a global install that does not allow the script, names the flag the docs give.</summary>
    [Test]
    public async Task Npm_warns_about_an_unreviewed_global_install_script_with_the_flag_the_docs_give()
    {
        var tarballs = await TarballsOrSkipAsync();
        using var home = new TempDir();
        await using var registry = NpmRegistry.Serve(tarballs);
        var env = registry.Environment(home);
        if (!await NpmHasAllowScriptsAsync(env, home)) Skip.Test("this npm predates allowScripts (npm 11.16)");

        var install = await ProcessRunner.RunAsync("npm", ["install", "-g", "--prefix", home.Combine("prefix"), Cli], env, home.Path, TimeSpan.FromMinutes(3));

        await Assert.That(install.ExitCode).IsEqualTo(0).Because(install.ToString());
        await Assert.That(install.Stderr).Contains("not yet covered by allowScripts");
        await Assert.That(install.Stderr).Contains($"--allow-scripts={Cli}");
        foreach (var doc in new[] { "README.md", "docs/install.md" })
        {
            await Assert.That(Repo.ReadText(doc)).Contains($"npm install -g --allow-scripts={Cli} {Cli}").Because(doc);
            await Assert.That(Repo.ReadText(doc)).Contains($"npm config set allow-scripts={Cli} --location=user").Because(doc);
            await Assert.That(Repo.ReadText(doc)).Contains($"\"allowScripts\": {{\"{Cli}\": true}}").Because(doc);
        }
    }

    /// <summary>The launcher's note links to a heading that exists.</summary>
    [Test]
    public async Task The_launchers_link_points_at_the_install_docs_section()
    {
        var run = Repo.ReadText("npm/cli/lib/run.js");
        var anchor = AnchorInRunJs().Match(run);
        await Assert.That(anchor.Success).IsTrue();
        var headings = Repo.ReadText("docs/install.md").Split('\n').Where(l => l.StartsWith('#'))
            .Select(l => Regex.Replace(l.TrimStart('#').Trim().ToLowerInvariant(), @"[^a-z0-9 -]", "").Replace(' ', '-'));
        await Assert.That(headings).Contains(anchor.Groups[1].Value);
    }

    [GeneratedRegex(@"docs/install\.md#([a-z0-9-]+)'")]
    private static partial Regex AnchorInRunJs();

    public enum Denial { ProjectDeniesIt, IgnoreScripts }

    /// <summary>Installs with the script not run; returns the `opentrain` command npm linked and the npm environment.</summary>
    private static async Task<(string Command, Dictionary<string, string> Env)> InstallWithoutScriptAsync(Denial how, string[] tarballs, NpmRegistry registry, TempDir home)
    {
        var env = registry.Environment(home);
        if (how == Denial.IgnoreScripts)
        {
            var global = await ProcessRunner.RunAsync("npm", ["install", "-g", "--prefix", home.Combine("prefix"), "--ignore-scripts", Cli], env, home.Path, TimeSpan.FromMinutes(3));
            await Assert.That(global.ExitCode).IsEqualTo(0).Because(global.ToString());
            return (home.Combine("prefix", "bin", "opentrain"), env);
        }
        if (!await NpmHasAllowScriptsAsync(env, home)) Skip.Test("this npm predates allowScripts (npm 11.16): it cannot deny one package's script");
        // What npm 12 does to every unreviewed script, and npm 11 to a denied one: the install succeeds, the script never runs.
        var project = Directory.CreateDirectory(home.Combine("project")).FullName;
        await File.WriteAllTextAsync(Path.Combine(project, "package.json"),
            $$$"""{"name":"agent-project","version":"1.0.0","private":true,"allowScripts":{"{{{Cli}}}":false}}""");
        var install = await ProcessRunner.RunAsync("npm", ["install", Cli], env, project, TimeSpan.FromMinutes(3));
        await Assert.That(install.ExitCode).IsEqualTo(0).Because(install.ToString());
        return (Path.Combine(project, "node_modules", ".bin", "opentrain"), env);
    }

    /// <summary>
    /// Where npm does not run the script, `opentrain` is the Node launcher, and it gives what the binary gives: output,
    /// exit codes 0 and 1, stdin (a token piped into `auth login --api-key -` reaches the API), and a quiet stderr
    /// when it is not a terminal.
    /// </summary>
    [Test]
    [Arguments(Denial.ProjectDeniesIt)]
    [Arguments(Denial.IgnoreScripts)]
    public async Task Without_the_install_script_the_launcher_passes_output_exit_codes_and_stdin_through(Denial how)
    {
        var tarballs = await TarballsOrSkipAsync();
        using var home = new TempDir();
        await using var registry = NpmRegistry.Serve(tarballs);
        var (command, env) = await InstallWithoutScriptAsync(how, tarballs, registry, home);
        await Assert.That(await File.ReadAllTextAsync(Resolve(command))).StartsWith("#!/usr/bin/env node\n");
        await using var api = LoopbackServer.Start(_ => new ServerResponse(200,
            """{"actor":{"userId":"usr_1","email":"owner@example.com","fullName":"Mira Chen","userType":"EMPLOYER"},"token":{"id":"tok_1","label":"npm","scopes":["jobs:read"],"ownerOrganizationId":null},"account":{"kind":"employer_organization","organizationId":"org_1","ownerUserId":"usr_1","memberRole":"OWNER"}}"""u8.ToArray(),
            "application/json"));

        foreach (var (args, stdin) in new (string[], string?)[]
        {
            (["--version"], null),
            (["no-such-command"], null),
            (["jobs", "list", "--limit", "abc"], null),
            (["auth", "login", "--api-key", "-", "--base-url", api.BaseUrl], "ot_pat_fromstdin_0123456789abcdef\n"),
        })
        {
            var cfg = new Dictionary<string, string>(env) { ["XDG_CONFIG_HOME"] = home.Combine("cfg") }; // the same folder, emptied: same output
            var launched = await ProcessRunner.RunAsync(command, args, cfg, home.Path, stdin: stdin);
            if (Directory.Exists(home.Combine("cfg"))) Directory.Delete(home.Combine("cfg"), recursive: true);
            var direct = await ProcessRunner.RunAsync(DirectBinary, args, cfg, home.Path, stdin: stdin);
            var what = string.Join(' ', args);
            await Assert.That(launched.ExitCode).IsEqualTo(direct.ExitCode).Because($"{what}: {launched}");
            await Assert.That(launched.Stdout).IsEqualTo(direct.Stdout).Because(what);
            await Assert.That(launched.Stderr).IsEqualTo(direct.Stderr).Because(what);
        }
        await Assert.That(api.Requests.Count(r => r.Authorization == "Bearer ot_pat_fromstdin_0123456789abcdef")).IsEqualTo(2)
            .Because("the token piped into the launcher must reach the binary's stdin (and once more, the direct run's)");
    }

    /// <summary>
    /// Signals, through a Node supervisor that sees how a process ended (exit code, or killed by which signal):
    /// SIGINT or SIGTERM to the launcher alone, to its whole process group (a terminal's Ctrl-C; systemd stopping a
    /// unit), and signals that kill the binary itself. The launcher ends as the binary does when run directly; a
    /// terminal's Ctrl-C is not delivered twice (the second would kill the binary instead of letting it exit 130); no
    /// binary outlives it.
    /// </summary>
    [Test]
    [Arguments("pid", "SIGINT")]
    [Arguments("pid", "SIGTERM")]
    [Arguments("group", "SIGINT")]
    [Arguments("group", "SIGTERM")]
    [Arguments("group", "SIGHUP")]
    public async Task The_launcher_ends_as_the_binary_does_on_a_signal(string target, string signal)
    {
        if (!OperatingSystem.IsLinux()) Skip.Test("finds the launcher's child in /proc (Linux)");
        var tarballs = await TarballsOrSkipAsync();
        using var home = new TempDir();
        string command;
        await using (var registry = NpmRegistry.Serve(tarballs))
            command = (await InstallWithoutScriptAsync(Denial.IgnoreScripts, tarballs, registry, home)).Command;

        var direct = (await SignalProbeAsync(home, target, signal, DirectBinary))[0];
        var runs = await SignalProbeAsync(home, target, signal, command, target == "group" ? 3 : 1);

        await Assert.That(direct["ran"]!.GetValue<bool>()).IsTrue().Because(direct.ToJsonString());
        foreach (var launched in runs)
        {
            var both = $"launcher {launched.ToJsonString()}, binary {direct.ToJsonString()}";
            await Assert.That(launched["code"]?.ToJsonString()).IsEqualTo(direct["code"]?.ToJsonString()).Because(both);
            await Assert.That(launched["signal"]?.ToJsonString()).IsEqualTo(direct["signal"]?.ToJsonString()).Because(both);
            await Assert.That(launched["childPid"]?.GetValue<int>()).IsNotNull().Because("the launcher runs the binary as its child");
            await Assert.That(launched["childLeft"]!.GetValue<bool>()).IsFalse().Because("the binary must not outlive the launcher");
            await Assert.That(launched["stderr"]!.GetValue<string>()).IsEqualTo(direct["stderr"]!.GetValue<string>()).Because(both);
        }
    }

    /// <summary>
    /// A terminal's Ctrl-C signals the whole process group, so the binary has it already: the launcher must not send it a
    /// second one (the published binary, given two SIGINTs within a few milliseconds, died of the second or crashed with
    /// <c>ObjectDisposedException</c> in 15 of 110 runs here). A signal to the launcher alone is forwarded once. Shown
    /// with a stand-in for the platform binary that records each signal it gets and exits 130 20 ms after the first, as
    /// the binary ends on Ctrl-C.
    /// </summary>
    [Test]
    [Arguments("group", "SIGINT")]
    [Arguments("group", "SIGTERM")]
    [Arguments("pid", "SIGINT")]
    [Arguments("pid", "SIGTERM")]
    public async Task The_binary_gets_each_signal_once_whether_it_went_to_the_group_or_the_launcher(string target, string signal)
    {
        if (!OperatingSystem.IsLinux()) Skip.Test("finds the launcher's child in /proc (Linux)");
        var tarballs = await TarballsOrSkipAsync();
        using var home = new TempDir();
        string command;
        await using (var registry = NpmRegistry.Serve(tarballs))
            command = (await InstallWithoutScriptAsync(Denial.IgnoreScripts, tarballs, registry, home)).Command;
        var platformBinary = Directory.GetFiles(home.Combine("prefix"), "opentrain", SearchOption.AllDirectories)
            .Single(f => f.EndsWith(Path.Combine($"cli-{HostPlatform}", "bin", "opentrain"), StringComparison.Ordinal));
        var log = home.Combine("signals.log");
        await File.WriteAllTextAsync(platformBinary, $$"""
            #!/usr/bin/env node
            // Stand-in for the binary: connects to --base-url (the probe then signals), records each signal it gets.
            const fs = require('fs');
            const got = [];
            for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => {
              got.push(s);
              fs.writeFileSync({{System.Text.Json.JsonSerializer.Serialize(log)}}, got.join('\n') + '\n');
              if (got.length === 1) setTimeout(() => process.exit(130), 20);
            });
            const url = new URL(process.argv[process.argv.indexOf('--base-url') + 1]);
            require('net').connect(Number(url.port), url.hostname, function () { this.write('GET / HTTP/1.1\r\n\r\n'); }).on('error', () => {});
            setTimeout(() => process.exit(99), 20000);
            """);

        var runs = await SignalProbeAsync(home, target, signal, command);

        await Assert.That(runs[0]["code"]?.GetValue<int>()).IsEqualTo(130).Because(runs[0].ToJsonString());
        await Task.Delay(300); // a late forward would land by now
        await Assert.That(await File.ReadAllTextAsync(log)).IsEqualTo(signal + "\n").Because("the binary must get the signal exactly once");
    }

    /// <summary>
    /// The binary killed by a signal (not one sent to the launcher): the launcher dies of the same signal; for SIGUSR1,
    /// which would start Node's inspector, it exits 138 (128 + 10, what a shell shows) and opens no debugger.
    /// </summary>
    [Test]
    [Arguments("SIGKILL")]
    [Arguments("SIGUSR1")]
    [Arguments("SIGALRM")]
    public async Task When_the_binary_dies_of_a_signal_the_launcher_reports_that_signal(string signal)
    {
        if (!OperatingSystem.IsLinux()) Skip.Test("finds the launcher's child in /proc (Linux)");
        var tarballs = await TarballsOrSkipAsync();
        using var home = new TempDir();
        string command;
        await using (var registry = NpmRegistry.Serve(tarballs))
            command = (await InstallWithoutScriptAsync(Denial.IgnoreScripts, tarballs, registry, home)).Command;

        var launched = (await SignalProbeAsync(home, "child", signal, command))[0];

        if (signal == "SIGUSR1")
        {
            await Assert.That(launched["code"]?.GetValue<int>()).IsEqualTo(138).Because(launched.ToJsonString());
            await Assert.That(launched["stderr"]!.GetValue<string>()).DoesNotContain("Debugger");
        }
        else
        {
            await Assert.That(launched["signal"]?.GetValue<string>()).IsEqualTo(signal).Because(launched.ToJsonString());
        }
        await Assert.That(launched["childLeft"]!.GetValue<bool>()).IsFalse();
    }

    /// <summary>
    /// Starts <paramref name="file"/> <c>jobs search</c> against a server that never answers, in a process group of its
    /// own (as a shell job), and once the request arrived sends <paramref name="signal"/> to the process ("pid"), its
    /// group ("group") or its first child ("child"); <paramref name="count"/> times in a row. Returns one
    /// {ran, code, signal, stderr, childPid, childLeft, ms} per run.
    /// </summary>
    private static async Task<JsonObject[]> SignalProbeAsync(TempDir home, string target, string signal, string file, int count = 1)
    {
        var probe = home.Combine("signal-probe.js");
        await File.WriteAllTextAsync(probe, SignalProbeJs);
        var result = await ProcessRunner.RunAsync("node", [probe, target, signal, count.ToString(System.Globalization.CultureInfo.InvariantCulture), file, "jobs", "search"],
            new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = home.Combine("cfg-" + Guid.NewGuid().ToString("N")) }, home.Path, TimeSpan.FromMinutes(2));
        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.ToString());
        return JsonNode.Parse(result.Stdout)!.AsArray().Select(n => n!.AsObject()).ToArray();
    }

    private const string SignalProbeJs = """
        'use strict';
        const net = require('net');
        const fs = require('fs');
        const { spawn } = require('child_process');
        const [target, signal, count, file, ...args] = process.argv.slice(2);
        const alive = (pid) => { try { process.kill(pid, 0); return !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return false; } };
        const children = (pid) => { try { return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number); } catch { return []; } };
        let onRequest = () => {};
        const server = net.createServer((socket) => {
          socket.on('error', () => {});
          socket.once('data', () => onRequest()); // the request arrived: the command waits for an answer that never comes
        });
        const once = () => new Promise((resolve) => {
          let ran = false, childPid = null, sentAt = 0, stderr = '';
          const child = spawn(file, [...args, '--base-url', `http://127.0.0.1:${server.address().port}`],
            { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
          const guard = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch {} }, 20000);
          onRequest = () => {
            ran = true;
            childPid = children(child.pid)[0] ?? null;
            sentAt = Date.now();
            if (target === 'group') process.kill(-child.pid, signal);
            else if (target === 'child') process.kill(childPid, signal);
            else process.kill(child.pid, signal);
          };
          child.stderr.on('data', (d) => { stderr += d; });
          child.on('exit', (code, sig) => {
            clearTimeout(guard);
            const ms = Date.now() - sentAt;
            setTimeout(() => { // let an orphan be seen (or not) and stderr drain
              const childLeft = childPid !== null && alive(childPid);
              if (childLeft) process.kill(childPid, 'SIGKILL');
              resolve({ ran, code, signal: sig, stderr, childPid, childLeft, ms });
            }, 200);
          });
        });
        server.listen(0, '127.0.0.1', async () => {
          const runs = [];
          for (let i = 0; i < Number(count); i++) runs.push(await once());
          process.stdout.write(JSON.stringify(runs));
          process.exit(0);
        });
        """;

    /// <summary>
    /// On a terminal the launcher says once per installation what it is and how to allow the script (the flag, the
    /// package.json form, the docs); never when stderr is not a terminal, nor with OPENTRAIN_NO_LAUNCHER_NOTE=1.
    /// </summary>
    [Test]
    public async Task On_a_terminal_the_launcher_says_once_how_to_allow_the_install_script()
    {
        if (!OperatingSystem.IsLinux()) Skip.Test("uses util-linux script(1) for a terminal");
        if (ProcessRunner.Find("script") is null) Skip.Test("script(1) not found (Debian: bsdutils, always installed)");
        var tarballs = await TarballsOrSkipAsync();
        using var home = new TempDir();
        string command;
        await using (var registry = NpmRegistry.Serve(tarballs))
            command = (await InstallWithoutScriptAsync(Denial.IgnoreScripts, tarballs, registry, home)).Command;
        var env = new Dictionary<string, string> { ["HOME"] = home.Path, ["XDG_CONFIG_HOME"] = home.Combine("cfg") };
        Task<ProcessResult> OnTerminal(Dictionary<string, string> e) =>
            ProcessRunner.RunAsync("script", ["-qec", $"'{command}' --version", "/dev/null"], e, home.Path);

        var hidden = await OnTerminal(new Dictionary<string, string>(env) { ["OPENTRAIN_NO_LAUNCHER_NOTE"] = "1" });
        var piped = await ProcessRunner.RunAsync(command, ["--version"], env, home.Path);
        var first = await OnTerminal(env);
        var second = await OnTerminal(env);

        await Assert.That(hidden.Stdout.Replace("\r", "")).IsEqualTo(Repo.ProjectVersion + "\n").Because(hidden.ToString());
        await Assert.That(piped.Stderr).IsEmpty();
        await Assert.That(first.ExitCode).IsEqualTo(0).Because(first.ToString());
        var note = first.Stdout.Replace("\r", "");
        await Assert.That(note).Contains("opentrain: note: this `opentrain` is the Node.js launcher, not the native binary");
        await Assert.That(note).Contains($"npm install -g --allow-scripts={Cli} {Cli}");
        await Assert.That(note).Contains($"\"allowScripts\": {{\"{Cli}\": true}}");
        await Assert.That(note).Contains("docs/install.md#allowing-the-install-script");
        await Assert.That(note).EndsWith(Repo.ProjectVersion + "\n");
        await Assert.That(second.Stdout.Replace("\r", "")).IsEqualTo(Repo.ProjectVersion + "\n").Because("the note is said once");
    }
}
