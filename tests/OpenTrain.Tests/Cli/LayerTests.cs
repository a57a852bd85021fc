using System.Text.RegularExpressions;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Cli;

/// <summary>
/// The layers of src/OpenTrain point one way (docs/architecture.md): the shell (Cli/) may use
/// everything; nothing below it uses the shell; Commands and Mcp use the toolkit and Operations;
/// the toolkit never reaches up into a command or the MCP server; Operations stand on Http alone;
/// Http, Config and Json use none of the layers above them.
/// </summary>
public class LayerTests
{
    public static IEnumerable<(string Folder, string Forbidden)> Rules() =>
    [
        ("Commands", "Cli|Mcp"),
        ("Mcp", "Cli"),
        ("Toolkit", "Cli|Commands|Mcp"),
        ("Operations", "Cli|Commands|Mcp|Toolkit|Config"),
        ("Http", "Cli|Commands|Mcp|Toolkit|Operations"),
        ("Config", "Cli|Commands|Mcp|Toolkit|Operations"),
        ("Json", "Cli|Commands|Mcp|Toolkit|Operations|Http|Config"),
    ];

    [Test]
    [MethodDataSource(nameof(Rules))]
    public async Task The_layer_uses_none_of_the_layers_above_it(string folder, string forbidden)
    {
        var root = Path.Combine(RepoPaths.Root(), "src", "OpenTrain", folder);
        var reference = new Regex($@"\bOpenTrain\.({forbidden})\b");
        var offenders = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => reference.IsMatch(x.line) && !x.line.TrimStart().StartsWith("namespace ", StringComparison.Ordinal))
            .Select(x => $"{Path.GetRelativePath(RepoPaths.Root(), x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        await Assert.That(Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)).IsNotEmpty();
        await Assert.That(offenders).IsEmpty();
    }
}
