using System.Diagnostics;

namespace OpenTrain.Build;

internal sealed record Captured(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs programs from the repository root. Their stdout goes to our stderr unless captured, so stdout keeps only results.</summary>
internal static class Shell
{
    /// <summary>Runs a program with its output shown as progress (on stderr); throws when it fails.</summary>
    public static void Run(string file, IEnumerable<string> args, string failure)
    {
        using var process = Start(file, args, redirect: true);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new BuildException($"{failure} (exit {process.ExitCode})");
    }

    /// <summary>Runs a program with both streams captured; kills it after the timeout.</summary>
    public static Captured Capture(string file, IEnumerable<string> args, TimeSpan? timeout = null)
    {
        using var process = Start(file, args, redirect: true);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new BuildException($"{file} did not finish in {timeout}");
        }
        return new Captured(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs a program with our console (stdin, stdout, stderr) and returns its exit code.</summary>
    public static int Interactive(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null)
    {
        using var process = Start(file, args, redirect: false, env);
        // Ctrl-C reaches the child too (same process group / console); wait for it to finish.
        Console.CancelKeyPress += (_, e) => e.Cancel = true;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>The bash scripts that stay bash (demo, bench, sandbox), with our console.</summary>
    public static int Bash(string script, IEnumerable<string> args)
    {
        if (!File.Exists(Paths.Of(script))) throw new BuildException($"{script} not found");
        return Interactive(Which("bash") ?? throw new BuildException($"{script} needs bash (on Windows: Git Bash)"), [script, .. args]);
    }

    /// <summary>The full path of a program on PATH (with PATHEXT on Windows), or null.</summary>
    public static string? Which(string program)
    {
        var extensions = OperatingSystem.IsWindows()
            ? ["", .. (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE;.CMD;.BAT").Split(';')]
            : new[] { "" };
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var extension in extensions)
            {
                var candidate = Path.Combine(dir, program + extension);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    private static Process Start(string file, IEnumerable<string> args, bool redirect, IReadOnlyDictionary<string, string>? env = null)
    {
        var start = new ProcessStartInfo(Which(file) ?? file)
        {
            UseShellExecute = false,
            RedirectStandardOutput = redirect,
            RedirectStandardError = redirect,
            WorkingDirectory = Paths.Root,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (env is not null) foreach (var (name, value) in env) start.Environment[name] = value;
        try
        {
            return Process.Start(start) ?? throw new BuildException($"could not start {file}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new BuildException($"could not start {file}: {e.Message}");
        }
    }
}
