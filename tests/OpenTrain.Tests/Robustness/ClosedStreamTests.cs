using System.Diagnostics;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>
/// Issue #13: a parent that closed stdout or stderr (<c>&gt;&amp;-</c>) gets an exit code and never a trace or misplaced errors.
/// (A pipe whose reader went away is another case, issue #24: <see cref="StdoutReaderGoneTests"/>.)
/// </summary>
public class ClosedStreamTests
{
    private static async Task<(int ExitCode, string Stdout, string Stderr)> Shell(string script)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["B"] = PublishedBinary.Path!;
        start.Environment["XDG_CONFIG_HOME"] = "/nonexistent/opentrain-test";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    [Test]
    [Arguments("--version")]
    [Arguments("--help")]
    public async Task A_closed_stdout_is_one_error_line_and_exit_1(string args)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");

        var (exitCode, _, stderr) = await Shell($"\"$B\" {args} >&-");

        await Assert.That(exitCode).IsEqualTo(1);
        // Closed before the start is not a reader that went away (that is a quiet exit 0: StdoutReaderGoneTests).
        await Assert.That(stderr).IsEqualTo("Error: cannot write to standard output: it is closed or not open for writing\n");
    }

    [Test]
    public async Task A_closed_stderr_never_sends_errors_to_stdout()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");

        var (exitCode, stdout, _) = await Shell("\"$B\" jobs lst 2>&- ; \"$B\" whoami --base-url http://127.0.0.1:9 2>&-");

        await Assert.That(exitCode).IsEqualTo(1);
        await Assert.That(stdout).IsEmpty();
    }
}
