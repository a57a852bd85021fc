using OpenTrain.Cli;
using OpenTrain.Toolkit;
using OpenTrain.Tests.Support;
using OpenTrain.Commands;

namespace OpenTrain.Tests.Cli;

/// <summary>
/// What every command promises, proven once over the generated command table (a new command is
/// covered the moment it is declared): <c>--json</c> prints the body exactly, a missing id is a usage
/// error before any request, and an API failure exits 1 with the envelope as the <c>--json</c> failure.
/// Each command's own behaviour stays in its own test file.
/// </summary>
public class EveryCommandTests
{
    /// <summary>Key order kept, non-ASCII and &lt;&gt;&amp;' unescaped, numbers as sent, nested values re-indented.</summary>
    private const string Body = """{"zeta":1,"alpha":"é ✓ <a href='x'>&amp;</a>","price":1.50,"big":12345678901234567890,"exp":1e2,"nested":{"list":[true,null,{}],"empty":[]},"nextCursor":null}""";

    private const string Printed = """
        {
          "zeta": 1,
          "alpha": "é ✓ <a href='x'>&amp;</a>",
          "price": 1.50,
          "big": 12345678901234567890,
          "exp": 1e2,
          "nested": {
            "list": [
              true,
              null,
              {}
            ],
            "empty": []
          },
          "nextCursor": null
        }

        """;

    /// <summary>Commands whose input rule is "one of these flags": the declaration marks single required flags only.</summary>
    private static readonly Dictionary<string, string[]> OneOf = new(StringComparer.Ordinal)
    {
        ["jobs draft create"] = ["--description", "A labeling job"],
        ["jobs draft update"] = ["--set", "headcount=5"],
        ["jobs update-published"] = ["--set", "headcount=5"],
        ["messages send"] = ["--content", "Hello"],
        ["milestones create"] = ["--amount", "300"],
        ["proposals hire"] = ["--milestone-name", "First batch"],
    };

    /// <summary>
    /// Commands that read before their one write (milestones create prices the milestone from its contract): the read
    /// each run is answered with, so the write is still the one request the test is about.
    /// </summary>
    private static readonly Dictionary<string, (string Path, string Body)> ReadFirst = new(StringComparer.Ordinal)
    {
        ["milestones create"] = ("/api/public/v1/contracts/X1", """{"contract":{"id":"X1","paymentType":"FIXED_PRICE","rateUsd":300}}"""),
    };

    private static void StubReadFirst(ApiSession api, CommandInfo command)
    {
        if (ReadFirst.TryGetValue(command.Path, out var read)) api.On("GET", read.Path, 200, read.Body);
    }

    /// <summary>Every command that sends one request and prints its body with <c>--json</c> (auth prints a CLI-built object; api has its own tests).</summary>
    public static IEnumerable<string> ApiCommands() =>
        CommandTable.All.Where(c => c.Endpoint is not null && c.JsonHelp is null).Select(c => c.Path);

    public static IEnumerable<string> IdCommands() =>
        CommandTable.All.Where(c => c.Endpoint is not null && IdFlag(c) is not null).Select(c => c.Path);

    [Test]
    [MethodDataSource(nameof(ApiCommands))]
    public async Task Json_prints_the_body_exactly(string path)
    {
        var command = CommandTable.Find(path)!;
        await using var api = await Session();
        StubReadFirst(api, command);
        api.On(command.Endpoint!.Method, RequestPath(command), 200, Body);

        var result = await api.RunAsync([.. Invocation(command, withId: true), "--json"]);

        await Assert.That(result.Stderr).IsEmpty();
        await Assert.That(result.Stdout).IsEqualTo(Printed);
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(api.Requests.Select(r => $"{r.Method} {r.Path}")).Contains($"{command.Endpoint.Method} {RequestPath(command)}");
        await Assert.That(api.Requests.Count(r => r.Method == command.Endpoint.Method && r.Path == RequestPath(command))).IsEqualTo(1);
    }

    [Test]
    [MethodDataSource(nameof(ApiCommands))]
    public async Task An_api_failure_exits_1_and_json_prints_the_envelope_as_received(string path)
    {
        var command = CommandTable.Find(path)!;
        var envelope = Fixtures.Envelope("No such thing", "NOT_FOUND", """{"reason":"not_found"}""");
        await using var api = await Session();
        StubReadFirst(api, command);
        api.On(command.Endpoint!.Method, RequestPath(command), 404, envelope);

        var human = await api.RunAsync([.. Invocation(command, withId: true)]);
        StubReadFirst(api, command);
        api.On(command.Endpoint.Method, RequestPath(command), 404, envelope);
        var json = await api.RunAsync([.. Invocation(command, withId: true), "--json"]);

        await ApiSession.AssertApiError(human, "OpenTrain API request failed (404 NOT_FOUND): No such thing", """{"reason":"not_found"}""");
        await Assert.That(json.ExitCode).IsEqualTo(1);
        await Assert.That(json.Stdout).IsEqualTo("{\n  \"error\": \"No such thing\",\n  \"code\": \"NOT_FOUND\",\n  \"requestId\": \"req_1\",\n  \"details\": {\n    \"reason\": \"not_found\"\n  }\n}\n");
    }

    [Test]
    [MethodDataSource(nameof(IdCommands))]
    public async Task A_missing_id_is_a_usage_error_without_a_request(string path)
    {
        var command = CommandTable.Find(path)!;
        await using var api = await ApiSession.StartAsync();

        await api.AssertUsageError(await api.RunAsync([.. Invocation(command, withId: false)]), $"{IdFlag(command)} is required");
    }

    /// <summary>A session whose <c>/auth/me</c> answers too, for commands that check the token first (tokens revoke).</summary>
    private static async Task<ApiSession> Session()
    {
        var api = await ApiSession.StartAsync();
        api.Server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me, times: 2);
        return api;
    }

    /// <summary>The id flag a command's positional argument stands for (<c>--job-id</c>), if it has one.</summary>
    private static string? IdFlag(CommandInfo command) =>
        command.Arguments.Select(a => a.Description.Split(' ', '.', ',').FirstOrDefault(w => w.StartsWith("--", StringComparison.Ordinal) && w.EndsWith("-id", StringComparison.Ordinal)))
            .FirstOrDefault(f => f is not null);

    /// <summary>The endpoint's path with every <c>{placeholder}</c> filled with the id the invocation gives.</summary>
    private static string RequestPath(CommandInfo command) =>
        System.Text.RegularExpressions.Regex.Replace(command.Endpoint!.Path, "\\{[^}]+\\}", "X1");

    /// <summary>The command with its id (<c>X1</c>), every required flag and its one-of flag given valid values.</summary>
    private static List<string> Invocation(CommandInfo command, bool withId)
    {
        var args = command.Path.Split(' ').ToList();
        var id = IdFlag(command);
        if (withId && id is not null) args.Add("X1");
        foreach (var option in command.Options.Where(o => o.Required && o.Name != id)) args.AddRange([option.Name, Sample(option)]);
        if (OneOf.TryGetValue(command.Path, out var extra)) args.AddRange(extra);
        return args;
    }

    private static string Sample(CommandOption option) => option.Values is { Count: > 0 } values ? values[0] : CommandHelp.Placeholder(option.Name) switch
    {
        "<usd>" => "300",
        "<email>" => "owner@example.com",
        "<url>" => "https://example.com/hooks",
        "<time>" => "2026-06-12T08:00:00Z",
        "<date>" => "2026-07-01",
        "<n>" => "5",
        _ when option.Name.EndsWith("-id", StringComparison.Ordinal) => "X1",
        _ => "text",
    };
}
