using OpenTrain.Release.Tests.Support;

namespace OpenTrain.Release.Tests;

/// <summary>
/// The Dockerfile's shape. No container engine runs on this machine: ci.yml builds the image and runs
/// <c>opentrain --version</c> in it.
/// </summary>
public class DockerfileTests
{
    private static string[] Instructions() =>
        Repo.ReadText("Dockerfile").Replace("\\\n", " ").Split('\n')
            .Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToArray();

    [Test]
    public async Task Builds_with_the_sdk_and_clang_then_runs_on_runtime_deps_as_a_non_root_user()
    {
        var lines = Instructions();
        var froms = lines.Where(l => l.StartsWith("FROM ")).ToList();
        var runtime = lines.SkipWhile(l => l != froms[^1]).ToList();

        await Assert.That(froms.Count).IsEqualTo(2);
        await Assert.That(froms[0]).StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0").And.EndsWith(" AS build");
        await Assert.That(lines.Any(l => l.StartsWith("RUN ") && l.Contains("apt-get install") && l.Contains(" clang"))).IsTrue();
        await Assert.That(lines).Contains("RUN ./build.sh > /tmp/exe-path && cp \"$(cat /tmp/exe-path)\" /opentrain && /opentrain --version");
        await Assert.That(froms[1]).StartsWith("FROM mcr.microsoft.com/dotnet/runtime-deps:10.0");
        await Assert.That(runtime).Contains("COPY --from=build /opentrain /usr/local/bin/opentrain");
        var user = runtime.Single(l => l.StartsWith("USER ")).Split(' ')[1].Split(':')[0];
        await Assert.That(user is not ("0" or "root")).IsTrue().Because($"USER {user}");
        await Assert.That(runtime[^1]).IsEqualTo("ENTRYPOINT [\"opentrain\"]");
    }

    [Test]
    public async Task Dockerignore_keeps_build_outputs_and_history_out_of_the_context()
    {
        var entries = Repo.ReadText(".dockerignore").Split('\n').Select(l => l.Trim()).ToList();

        await Assert.That(entries).Contains(".git").And.Contains("artifacts").And.Contains("**/bin").And.Contains("**/obj");
        await Assert.That(entries).DoesNotContain("src").And.DoesNotContain("build.sh").And.DoesNotContain("global.json");
    }

    /// <summary>Dockerfile.release: the release workflow's multi-arch images, from the binaries it built.</summary>
    [Test]
    public async Task Release_images_copy_the_binary_of_each_arch_onto_the_chiseled_base()
    {
        var lines = Repo.ReadText("Dockerfile.release").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        List<string> Stage(string name) => lines.SkipWhile(l => !l.EndsWith($" AS {name}")).Skip(1).TakeWhile(l => !l.StartsWith("FROM ")).ToList();

        await Assert.That(lines[0]).StartsWith("FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled AS base");
        await Assert.That(lines).Contains("FROM base AS cli").And.Contains("FROM base AS sandbox");
        var user = Stage("base").Single(l => l.StartsWith("USER ")).Split(' ')[1].Split(':')[0];
        await Assert.That(user is not ("0" or "root")).IsTrue().Because($"USER {user}");
        await Assert.That(Stage("cli")).IsEquivalentTo(new[]
        {
            "COPY --chmod=755 ${TARGETARCH}/opentrain /usr/local/bin/opentrain",
            "ENTRYPOINT [\"opentrain\"]",
        });
        await Assert.That(Stage("sandbox")).IsEquivalentTo(new[]
        {
            "COPY --chmod=755 ${TARGETARCH}/opentrain-sandbox /usr/local/bin/opentrain-sandbox",
            "EXPOSE 8787",
            "ENTRYPOINT [\"opentrain-sandbox\", \"--host\", \"0.0.0.0\", \"--port\", \"8787\"]",
        });
    }
}
