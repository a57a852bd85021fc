using System.Text.RegularExpressions;
using OpenTrain.Toolkit;
using OpenTrain.Tests.Support;
using OpenTrain.Commands;

namespace OpenTrain.Tests.Cli;

/// <summary>
/// Every command's help shows what it needs (endpoint, scope, claim, feature flag, docs), and the one
/// table it comes from agrees with the API spec's requirement matrices.
/// </summary>
public class CommandRequirementsTests
{
    public static IEnumerable<string> Commands() => CommandTable.All.Select(c => c.Path);

    [Test]
    public async Task Help_shows_the_requirements_between_the_flags_and_the_example()
    {
        var result = await CliRunner.RunAsync(["milestones", "fund", "--help"]);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).EndsWith(
            "\n\nRequirements:\n" +
            "  Endpoint:         POST /api/public/v1/milestones/{milestoneId}/fund\n" +
            "  Scope:            payments:write\n" +
            "  Claimed account:  required (a human claims it: 'opentrain auth claim')\n" +
            "  Feature flag:     public_api_payments_write (enabled per account)\n" +
            "  Docs:             https://www.opentrain.ai/docs/developers/api-reference/milestones/fund/\n" +
            "\nExample:\n  opentrain milestones fund ms_456\n");
    }

    [Test]
    public async Task A_command_without_a_request_says_so()
    {
        var result = await CliRunner.RunAsync(["auth", "logout", "--help"]);

        await Assert.That(result.Stdout).Contains("\nRequirements:\n  Endpoint:         none (no request is sent)\n\nExample:\n");
    }

    [Test]
    [MethodDataSource(nameof(Commands))]
    public async Task Every_request_sending_command_shows_its_endpoint_in_help(string command)
    {
        var info = CommandTable.Find(command)!;
        var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);

        await Assert.That(result.Stdout).Contains("\nRequirements:\n");
        if (info.Endpoint is not { } endpoint) return;
        await Assert.That(result.Stdout).Contains($"  Endpoint:         {endpoint.Method} {endpoint.Path}\n");
        await Assert.That(result.Stdout).Contains($"  Docs:             {endpoint.DocLink}\n");
    }

    [Test]
    [MethodDataSource(nameof(Commands))]
    public async Task The_table_agrees_with_the_api_spec(string command)
    {
        var folder = RepoPaths.SpecTestData();
        if (CommandTable.Find(command)!.Endpoint is not { } endpoint) return;
        var spec = string.Join("\n", Directory.GetFiles(folder, "api-*.md").Order().Select(File.ReadAllText));
        var path = endpoint.Path.StartsWith("/api/public/v1/", StringComparison.Ordinal) ? endpoint.Path["/api/public/v1".Length..] : endpoint.Path;

        // The requirement matrix row of this endpoint: `METHOD /path` exactly (a backtick right after it).
        var row = MatrixRows(spec).FirstOrDefault(l => RowEndpoints(l).Contains($"{endpoint.Method} {path}"));
        await Assert.That(row).IsNotNull().Because($"no requirement-matrix row for `{endpoint.Method} {path}` in {folder}/api-*.md");
        foreach (Match scope in Regex.Matches(endpoint.Scope, "[a-z]+:[a-z]+"))
            await Assert.That(row!).Contains($"`{scope.Value}`");
        if (endpoint.Scope.StartsWith("any valid", StringComparison.Ordinal)) await Assert.That(row!).Contains("| any |");
        if (endpoint.Scope.StartsWith("none", StringComparison.Ordinal)) await Assert.That(row!).DoesNotContain("bearer");
        await Assert.That(Regex.IsMatch(row!, @"\byes\b")).IsEqualTo(endpoint.ClaimRequired).Because($"claim column of: {row}");
        if (endpoint.FeatureFlag is { } flag)
        {
            await Assert.That(spec).Contains($"`{flag}`");
            await Assert.That(row!.Contains(flag, StringComparison.Ordinal) || row.Contains(flag.Split('_')[^1], StringComparison.Ordinal)).IsTrue().Because($"feature column of: {row}");
        }
        await Assert.That(spec).Contains(endpoint.DocLink);
    }

    /// <summary>
    /// The endpoints a matrix row names in its first cell: <c>`GET /jobs`, `/jobs/{id}`</c> is two absolute paths
    /// (same first segment), <c>`GET /proposals/{proposalId}`, `/interview`</c> a path and one below it.
    /// </summary>
    private static IReadOnlyList<string> RowEndpoints(string row)
    {
        var cells = row.Split('|', StringSplitOptions.RemoveEmptyEntries);
        if (cells.Length == 0) return [];
        var items = Regex.Matches(cells[0], "`([^`]+)`").Select(m => m.Groups[1].Value).ToList();
        if (items.Count == 0 || items[0].Split(' ') is not [var method, var first]) return [];
        var root = first.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var endpoints = new List<string> { $"{method} {first}" };
        endpoints.AddRange(items.Skip(1).Where(i => Regex.IsMatch(i, "^[A-Z]+ /")));
        foreach (var item in items.Skip(1).Where(i => i.StartsWith('/')))
            endpoints.Add(item.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() == root ? $"{method} {item}" : $"{method} {first}{item}");
        return endpoints;
    }

    /// <summary>The table rows under the spec's "Requirement(s) matrix" headings.</summary>
    private static IEnumerable<string> MatrixRows(string spec)
    {
        var inMatrix = false;
        foreach (var line in spec.Split('\n'))
        {
            if (line.StartsWith('#')) inMatrix = line.Contains("matrix", StringComparison.OrdinalIgnoreCase);
            else if (inMatrix && line.StartsWith('|')) yield return line;
        }
    }

    [Test]
    public async Task The_spec_copy_is_the_spec_beside_the_clone()
    {
        // The copy alone: the API pages, whose requirement matrices name the endpoints the test above looks up.
        var data = RepoPaths.SpecTestData();
        var copy = Pages(data);
        await Assert.That(copy.Keys).IsNotEmpty().Because($"no api-*.md in {data}: run ./build.sh sync-spec");
        var rows = MatrixRows(string.Join("\n", copy.Values)).Count(row => RowEndpoints(row).Count > 0);
        await Assert.That(rows).IsGreaterThan(40).Because($"requirement-matrix rows with an endpoint in {data}/api-*.md");

        // Where shared/ sits beside the clone (CI, every developer machine), the copy must be current.
        if (RepoPaths.SpecFolder() is not { } folder) return;
        var spec = Pages(folder);
        var stale = spec.Keys.Union(copy.Keys).Order(StringComparer.Ordinal)
            .Select(name => (spec.GetValueOrDefault(name), copy.GetValueOrDefault(name)) switch
            {
                (null, _) => $"{name}: in the test data, no longer in {folder}",
                (_, null) => $"{name}: in {folder}, missing from the test data",
                var (s, c) => FirstDifference(s!, c!) is { } line ? $"{name}: differs from line {line} on" : null,
            })
            .OfType<string>().ToList();
        await Assert.That(stale).IsEmpty().Because($"{data} is not a copy of {folder}: run ./build.sh sync-spec");
    }

    /// <summary>The api-*.md pages of a folder by file name, line endings as LF (a Windows checkout may have CRLF).</summary>
    private static Dictionary<string, string> Pages(string folder) =>
        Directory.GetFiles(folder, "api-*.md").ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparer.Ordinal);

    /// <summary>The 1-based number of the first line where two texts differ, or null when they are equal.</summary>
    private static int? FirstDifference(string a, string b)
    {
        if (a == b) return null;
        var (left, right) = (a.Split('\n'), b.Split('\n'));
        var i = 0;
        while (i < left.Length && i < right.Length && left[i] == right[i]) i++;
        return i + 1;
    }
}
