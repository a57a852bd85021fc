using System.Text;
using OpenTrain.Cli;
using OpenTrain.Toolkit;
using OpenTrain.Tests.Support;
using OpenTrain.Commands;

namespace OpenTrain.Tests.Docs;

/// <summary>
/// The reference tables of docs/commands-*.md are derived from the command table (synopsis, endpoint,
/// scope, claim, feature flag), between the markers <c>&lt;!-- generated: ns ns … --&gt;</c> and
/// <c>&lt;!-- end generated --&gt;</c>; the prose around them is written by hand. After a change to a
/// command's declaration: OPENTRAIN_UPDATE_GOLDEN=1 ./build.sh test rewrites them.
/// </summary>
public class CommandDocsTests
{
    private const string Start = "<!-- generated: ";
    private const string End = "<!-- end generated -->";

    public static IEnumerable<string> Files() => ["commands-jobs-messages.md", "commands-money-events.md"];

    [Test]
    [MethodDataSource(nameof(Files))]
    public async Task The_reference_table_is_derived_from_the_commands(string name)
    {
        var path = Path.Combine(RepoPaths.Root(), "docs", name);
        var text = await File.ReadAllTextAsync(path);
        var regenerated = Regenerate(text);

        if (Environment.GetEnvironmentVariable("OPENTRAIN_UPDATE_GOLDEN") == "1") await File.WriteAllTextAsync(path, regenerated);
        await Assert.That(text.Contains(Start, StringComparison.Ordinal)).IsTrue();
        await Assert.That(text).IsEqualTo(regenerated).Because($"docs/{name} is out of date: run OPENTRAIN_UPDATE_GOLDEN=1 ./build.sh test");
    }

    [Test]
    public async Task Every_command_but_auth_and_api_is_in_one_reference_table()
    {
        var documented = Files().SelectMany(f => Namespaces(File.ReadAllText(Path.Combine(RepoPaths.Root(), "docs", f)))).ToList();
        var expected = CommandTable.All.Select(c => c.Path.Split(' ')[0]).Where(n => n is not ("auth" or "api")).Distinct().Order(StringComparer.Ordinal);

        await Assert.That(string.Join(" ", documented.Order(StringComparer.Ordinal))).IsEqualTo(string.Join(" ", expected));
    }

    private static IEnumerable<string> Namespaces(string text)
    {
        for (var at = text.IndexOf(Start, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Start, at + 1, StringComparison.Ordinal))
        {
            var close = text.IndexOf("-->", at, StringComparison.Ordinal);
            foreach (var ns in text[(at + Start.Length)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries)) yield return ns;
        }
    }

    /// <summary>Each marked block rewritten from the table for the namespaces its marker names.</summary>
    private static string Regenerate(string text)
    {
        var sb = new StringBuilder();
        var at = 0;
        while (text.IndexOf(Start, at, StringComparison.Ordinal) is var start and >= 0)
        {
            var headerEnd = text.IndexOf("-->", start, StringComparison.Ordinal) + 3;
            var end = text.IndexOf(End, headerEnd, StringComparison.Ordinal);
            var namespaces = text[(start + Start.Length)..(headerEnd - 3)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            sb.Append(text, at, headerEnd - at).Append('\n').Append(Table(namespaces));
            at = end;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }

    private static string Table(string[] namespaces)
    {
        var sb = new StringBuilder("| Command | Endpoint | Scope | Claimed account | Feature flag |\n|---|---|---|---|---|\n");
        foreach (var ns in namespaces)
        {
            foreach (var command in CommandTable.All.Where(c => c.Path.StartsWith(ns + " ", StringComparison.Ordinal)))
            {
                var endpoint = command.Endpoint;
                sb.Append("| `").Append(Cell(Synopsis(command))).Append("` | ")
                    .Append(endpoint is null ? "none" : $"`{endpoint.Method} {Relative(endpoint.Path)}`").Append(" | ")
                    .Append(endpoint?.Scope ?? "").Append(" | ")
                    .Append(endpoint?.ClaimRequired == true ? "required" : "").Append(" | ")
                    .Append(endpoint?.FeatureFlag is { } flag ? $"`{flag}`" : "").Append(" |\n");
            }
        }
        return sb.ToString();
    }

    /// <summary><c>jobs invite &lt;job-id&gt; --freelancer-id &lt;freelancer-id&gt; [--json]</c>: the id argument stands for its flag.</summary>
    private static string Synopsis(CommandInfo command)
    {
        var sb = new StringBuilder(command.Path);
        var idFlags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in command.Arguments)
        {
            var flag = argument.Description.Split(' ', '.', ',').FirstOrDefault(w => w.StartsWith("--", StringComparison.Ordinal) && w.EndsWith("-id", StringComparison.Ordinal));
            if (flag is not null) idFlags.Add(flag);
            sb.Append(' ').Append(flag is null ? $"<{argument.Name}>" : $"<{flag[2..]}>");
        }
        foreach (var option in command.Options.Where(o => !idFlags.Contains(o.Name)))
        {
            var usage = option.Kind == OptionKind.Boolean ? option.Name : $"{option.Name} {CommandHelp.Placeholder(option.Name)}";
            if (option.Kind == OptionKind.Repeated) usage += " …";
            sb.Append(' ').Append(option.Required ? usage : $"[{usage}]");
        }
        return sb.ToString();
    }

    private static string Relative(string path) =>
        path.StartsWith(Endpoint.PublicPrefix + "/", StringComparison.Ordinal) ? path[Endpoint.PublicPrefix.Length..] : path;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
