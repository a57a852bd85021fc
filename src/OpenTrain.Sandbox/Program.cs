using System.Globalization;
using OpenTrain.Sandbox;

// Runs the emulator as a process: --port N (0 = free port), --host ADDRESS (default 127.0.0.1), --auto-human <seconds>.
// First stdout line: "Sandbox listening on http://127.0.0.1:PORT"; the second names the home page. Ctrl-C stops it.
var options = new SandboxOptions { HandleShutdownSignals = true };
for (var i = 0; i < args.Length; i++)
{
    var (flag, value) = args[i].Split('=', 2) is [var f, var v] ? (f, v) : (args[i], i + 1 < args.Length ? args[i + 1] : null);
    var consumedNext = !args[i].Contains('=', StringComparison.Ordinal);
    switch (flag)
    {
        case "--port" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535:
            options.Port = port;
            break;
        case "--host" when System.Net.IPAddress.TryParse(value, out _):
            options.Host = value!;
            break;
        case "--auto-human" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
            options.AutoHumanDelay = TimeSpan.FromSeconds(seconds);
            break;
        case "--claim-interval" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var interval) && interval >= 0:
            options.ClaimPollIntervalSeconds = interval;
            break;
        case "-h" or "--help":
            Console.WriteLine("Usage: OpenTrain.Sandbox [--port N] [--host ADDRESS] [--auto-human SECONDS] [--claim-interval SECONDS]");
            return 0;
        default:
            Console.Error.WriteLine($"Usage error: unknown or invalid argument '{args[i]}'");
            return 1;
    }
    if (consumedNext) i++;
}

await using var host = await SandboxHost.StartAsync(options);
Console.WriteLine($"Sandbox listening on {host.BaseUrl}");
Console.WriteLine($"Open {host.BaseUrl}/ in a browser to act as the human (approvals, claims, top-ups)");
if (options.AutoHumanDelay is { } delay)
    Console.WriteLine($"Auto-human: claims, approvals and top-ups complete after {delay.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
Console.Out.Flush();
await host.WaitForShutdownAsync(CancellationToken.None);
return 0;
