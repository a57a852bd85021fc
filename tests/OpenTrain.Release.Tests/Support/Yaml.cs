using YamlDotNet.RepresentationModel;

namespace OpenTrain.Release.Tests.Support;

/// <summary>Reads a YAML file with YamlDotNet's representation model (no type mapping, no reflection).</summary>
internal static class Yaml
{
    public static YamlMappingNode Load(string relativePath)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Repo.ReadText(relativePath)));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    public static YamlNode? Get(this YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static YamlMappingNode Map(this YamlNode node, string key) =>
        node.Get(key) as YamlMappingNode ?? throw new InvalidOperationException($"'{key}' is not a mapping");

    public static IEnumerable<YamlNode> Seq(this YamlNode node, string key) =>
        node.Get(key) as YamlSequenceNode ?? throw new InvalidOperationException($"'{key}' is not a sequence");

    public static string? Text(this YamlNode node, string key) => (node.Get(key) as YamlScalarNode)?.Value;

    public static IEnumerable<KeyValuePair<string, YamlNode>> Entries(this YamlMappingNode map) =>
        map.Children.Select(c => new KeyValuePair<string, YamlNode>(((YamlScalarNode)c.Key).Value!, c.Value));
}
