using System.Diagnostics;

namespace OpenTrain.Tests.Support;

/// <summary>
/// Runs the published binary with stdin, stdout and stderr on a real pseudo-terminal (python3's <c>pty</c> module) and
/// types on it like a person: waits for a prompt <em>and</em> for the terminal's echo to be off, then types the text in
/// two bursts (so a terminal that echoed between keys would show it) and presses Enter. Returns everything the terminal
/// displayed and the exit code (99: the prompt never came with echo off).
/// </summary>
internal static class PseudoTerminal
{
    private const string Driver = """
        import os, pty, select, sys, termios, time
        typed = os.environ["PTY_TYPE"].encode()
        prompt = os.environ["PTY_PROMPT"].encode()
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(sys.argv[1], sys.argv[1:])
        out = bytearray()
        def pump(until, seconds):
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                if until(): return True
                ready, _, _ = select.select([fd], [], [], 0.05)
                if ready:
                    try: chunk = os.read(fd, 4096)
                    except OSError: return until()
                    if not chunk: return until()
                    out.extend(chunk)
            return until()
        echo_off = lambda: not (termios.tcgetattr(fd)[3] & termios.ECHO)
        ready = pump(lambda: prompt in out and echo_off(), 30)
        if ready:
            half = len(typed) // 2
            os.write(fd, typed[:half]); time.sleep(0.2); os.write(fd, typed[half:] + b"\r")
        pump(lambda: False, 30)
        _, status = os.waitpid(pid, 0)
        sys.stdout.buffer.write(bytes(out))
        sys.exit(os.waitstatus_to_exitcode(status) if ready else 99)
        """;

    public static bool Available => PublishedBinary.Path is not null && ShellProcess.IsInstalled("python3");

    public static async Task<CliResult> TypeAsync(IEnumerable<string> args, string prompt, string typed, IReadOnlyDictionary<string, string> env)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "-c", Driver, PublishedBinary.Path! }.Concat(args)) start.ArgumentList.Add(arg);
        foreach (var name in new[] { "OT_API_TOKEN", "OPENTRAIN_API_TOKEN", "OT_API_BASE_URL", "OPENTRAIN_API_BASE_URL" }) start.Environment.Remove(name);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["TERM"] = "xterm";
        foreach (var (k, v) in env) start.Environment[k] = v;
        start.Environment["PTY_TYPE"] = typed;
        start.Environment["PTY_PROMPT"] = prompt;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
