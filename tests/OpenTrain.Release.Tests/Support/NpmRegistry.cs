using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenTrain.Release.Tests.Support;

/// <summary>
/// A minimal npm registry on loopback serving the tarballs of <c>./build.sh npm-pack</c>: the packument of each package
/// (GET /@scope%2fname) and the tarball itself, with its integrity. Anything else (e.g. the platform packages that
/// were not built here) is a 404, as for a package npm cannot find. Lets the tests run the commands users type
/// (<c>npm install -g @opentrain-ai/cli</c>, <c>npx -y @opentrain-ai/cli</c>) with no network.
/// </summary>
internal sealed class NpmRegistry : IAsyncDisposable
{
    private readonly LoopbackServer server;

    public string Url => server.BaseUrl;

    private NpmRegistry(IEnumerable<string> tarballs)
    {
        var packages = tarballs.Select(path => (Path: path, Manifest: ReadManifest(path)))
            .ToDictionary(p => p.Manifest["name"]!.GetValue<string>());
        server = LoopbackServer.Start(request =>
        {
            var path = Uri.UnescapeDataString(request.Path);
            if (path.StartsWith("/-/tarballs/", StringComparison.Ordinal))
            {
                var file = packages.Values.FirstOrDefault(p => "/-/tarballs/" + Path.GetFileName(p.Path) == path).Path;
                return file is null ? NotFound() : new ServerResponse(200, File.ReadAllBytes(file));
            }
            return packages.TryGetValue(path.TrimStart('/'), out var package)
                ? new ServerResponse(200, Encoding.UTF8.GetBytes(Packument(package.Path, package.Manifest)), "application/json")
                : NotFound();
        });
    }

    public static NpmRegistry Serve(IEnumerable<string> tarballs) => new(tarballs);

    /// <summary>Environment for npm/npx: this registry, and a cache, config and home of their own under <paramref name="home"/>.</summary>
    public Dictionary<string, string> Environment(TempDir home)
    {
        File.WriteAllText(home.Combine("npmrc"), "");
        return new Dictionary<string, string>
        {
            ["npm_config_registry"] = Url + "/",
            ["npm_config_cache"] = home.Combine("npm-cache"),
            ["npm_config_userconfig"] = home.Combine("npmrc"),
            ["npm_config_update_notifier"] = "false",
            ["npm_config_audit"] = "false",
            ["npm_config_fund"] = "false",
            ["HOME"] = home.Path,
            ["XDG_CONFIG_HOME"] = home.Combine("config"),
        };
    }

    private string Packument(string tarball, JsonObject manifest)
    {
        var bytes = File.ReadAllBytes(tarball);
        var version = manifest["version"]!.GetValue<string>();
        var entry = (JsonObject)manifest.DeepClone();
        entry["dist"] = new JsonObject
        {
            ["tarball"] = $"{Url}/-/tarballs/{Path.GetFileName(tarball)}",
            ["integrity"] = "sha512-" + Convert.ToBase64String(SHA512.HashData(bytes)),
        };
        return new JsonObject
        {
            ["name"] = manifest["name"]!.GetValue<string>(),
            ["dist-tags"] = new JsonObject { ["latest"] = version },
            ["versions"] = new JsonObject { [version] = entry },
        }.ToJsonString();
    }

    private static JsonObject ReadManifest(string tarball)
    {
        using var file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.Name != "package/package.json" || entry.DataStream is null) continue;
            using var reader = new StreamReader(entry.DataStream);
            return JsonNode.Parse(reader.ReadToEnd())!.AsObject();
        }
        throw new InvalidDataException($"{tarball} has no package/package.json");
    }

    private static ServerResponse NotFound() => new(404, """{"error":"not found"}"""u8.ToArray(), "application/json");

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
