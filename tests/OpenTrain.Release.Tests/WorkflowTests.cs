using OpenTrain.Release.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace OpenTrain.Release.Tests;

/// <summary>The GitHub workflows parse as YAML and do what the release process needs.</summary>
public class WorkflowTests
{
    private const string Ci = ".github/workflows/ci.yml";
    private const string Release = ".github/workflows/release.yml";

    private static IEnumerable<YamlNode> Steps(YamlMappingNode workflow) =>
        workflow.Map("jobs").Entries().SelectMany(job => job.Value.Seq("steps"));

    private static string AllRunScripts(YamlMappingNode workflow) =>
        string.Join("\n", Steps(workflow).Select(step => step.Text("run")).OfType<string>());

    [Test]
    [Arguments(Ci)]
    [Arguments(Release)]
    public async Task Every_job_has_a_runner_and_steps_that_each_run_or_use_one_thing(string path)
    {
        var workflow = Yaml.Load(path);

        await Assert.That(workflow.Text("name")).IsNotNull();
        await Assert.That(workflow.Get("on")).IsNotNull();
        await Assert.That(workflow.Map("jobs").Children.Count).IsGreaterThan(0);
        foreach (var (name, job) in workflow.Map("jobs").Entries())
        {
            await Assert.That(job.Text("runs-on")).IsNotNull().Because($"job {name}");
            await Assert.That(job.Seq("steps").Count()).IsGreaterThan(0).Because($"job {name}");
            foreach (var step in job.Seq("steps"))
            {
                await Assert.That(step.Get("run") is null != (step.Get("uses") is null)).IsTrue().Because($"a step of {name} needs exactly one of run/uses");
                await Assert.That(step.Text("shell") is null or "bash" or "pwsh").IsTrue().Because($"job {name}");
            }
        }
    }

    [Test]
    public async Task Ci_builds_and_tests_on_linux_macos_and_windows_with_the_build_scripts_and_builds_the_image()
    {
        var ci = Yaml.Load(Ci);
        var oses = ci.Map("jobs").Map("test").Map("strategy").Map("matrix").Seq("os").Select(n => ((YamlScalarNode)n).Value!).ToList();
        var scripts = AllRunScripts(ci);

        await Assert.That(oses.Select(os => os.Split('-')[0])).IsEquivalentTo(new[] { "ubuntu", "macos", "windows" });
        await Assert.That(scripts).Contains("./build.sh test").And.Contains("./build.ps1 test").And.Contains("./build.sh publish-all");
        await Assert.That(scripts).Contains("docker build -t opentrain:ci .").And.Contains("docker run --rm opentrain:ci --version");
        await Assert.That(ci.Map("on").Get("pull_request")).IsNotNull();
    }

    [Test]
    public async Task Release_builds_six_rids_on_native_runners_when_a_version_tag_is_pushed()
    {
        var release = Yaml.Load(Release);
        var tags = release.Map("on").Map("push").Seq("tags").Select(n => ((YamlScalarNode)n).Value!).ToList();
        var matrix = release.Map("jobs").Map("build").Map("strategy").Map("matrix").Seq("include")
            .ToDictionary(n => n.Text("rid")!, n => n.Text("os")!);

        await Assert.That(tags).IsEquivalentTo(new[] { "v*" });
        await Assert.That(matrix).IsEquivalentTo(new Dictionary<string, string>
        {
            ["linux-x64"] = "ubuntu-24.04",
            ["linux-arm64"] = "ubuntu-24.04-arm",
            ["osx-arm64"] = "macos-15",
            ["osx-x64"] = "macos-15-intel",
            ["win-x64"] = "windows-2025",
            ["win-arm64"] = "windows-11-arm",
        });
    }

    [Test]
    public async Task Release_assets_are_named_as_the_installers_expect_and_come_with_SHA256SUMS()
    {
        var release = Yaml.Load(Release);
        var scripts = AllRunScripts(release);
        var publishJob = release.Map("jobs").Map("release");

        await Assert.That(scripts).Contains("tar -czf \"dist/opentrain-$VERSION-$RID.tar.gz\" -C \"artifacts/$RID\" opentrain");
        await Assert.That(scripts).Contains("-DestinationPath \"dist/opentrain-$env:VERSION-$env:RID.zip\"");
        await Assert.That(scripts).Contains("sha256sum opentrain-*.tar.gz opentrain-*.zip > SHA256SUMS");
        await Assert.That(scripts).Contains("gh release create \"$GITHUB_REF_NAME\"").And.Contains("dist/SHA256SUMS install.sh install.ps1");
        await Assert.That(publishJob.Map("permissions").Text("contents")).IsEqualTo("write");
        await Assert.That(Repo.ReadText("install.sh")).Contains("ASSET=\"opentrain-$VERSION-$RID.tar.gz\"");
        await Assert.That(Repo.ReadText("install.ps1")).Contains("$asset = \"opentrain-$version-$rid.$ext\"");
    }

    private static IEnumerable<YamlNode> JobSteps(string job) => Yaml.Load(Release).Map("jobs").Map(job).Seq("steps");

    private static YamlNode? StepUsing(string job, string action, string? target = null) =>
        JobSteps(job).FirstOrDefault(s => s.Text("uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true
            && (target is null || s.Map("with").Text("target") == target));

    [Test]
    public async Task Release_ships_the_emulator_archive_and_the_homebrew_and_scoop_files_with_the_release()
    {
        var build = string.Join("\n", JobSteps("build").Select(s => s.Text("run")).OfType<string>());
        var publish = string.Join("\n", JobSteps("release").Select(s => s.Text("run")).OfType<string>());

        await Assert.That(build).Contains("./build.sh sandbox-archive \"$RID\"").And.Contains("./build.ps1 sandbox-archive $env:RID")
            .And.Contains("artifacts/dist/opentrain-sandbox-*");
        await Assert.That(publish).Contains("./build.sh release-manifests \"$GITHUB_REF_NAME\" dist")
            .And.Contains("dist/opentrain.rb dist/opentrain.json").And.Contains("-eq 12");
    }

    [Test]
    public async Task Release_publishes_the_npm_packages_with_provenance_after_the_release()
    {
        var npm = Yaml.Load(Release).Map("jobs").Map("npm");
        var scripts = string.Join("\n", JobSteps("npm").Select(s => s.Text("run")).OfType<string>());

        await Assert.That(npm.Text("needs")).IsEqualTo("release");
        await Assert.That(npm.Map("permissions").Text("id-token")).IsEqualTo("write").Because("npm --provenance needs the OIDC token");
        await Assert.That(StepUsing("npm", "actions/setup-node")!.Map("with").Text("registry-url")).IsEqualTo("https://registry.npmjs.org");
        await Assert.That(scripts).Contains("./build.sh npm-pack").And.Contains("npm publish \"$tarball\" --provenance --access public");
        // Platform packages go first: @opentrain-ai/cli's optional dependencies must exist when it is published.
        await Assert.That(scripts.IndexOf("opentrain-ai-cli-{linux,darwin,win32}-*.tgz", StringComparison.Ordinal))
            .IsLessThan(scripts.IndexOf("opentrain-ai-cli-$version.tgz", StringComparison.Ordinal));
        foreach (var rid in FakeRelease.AllRids)
            await Assert.That(scripts).Contains(rid.StartsWith("win-") ? "for rid in win-x64 win-arm64" : rid);
    }

    [Test]
    [Arguments("cli", "CLI_TAGS")]
    [Arguments("sandbox", "SANDBOX_TAGS")]
    public async Task Release_pushes_a_multi_arch_image_to_ghcr(string target, string tags)
    {
        var image = Yaml.Load(Release).Map("jobs").Map("image");
        var push = StepUsing("image", "docker/build-push-action", target);
        var scripts = string.Join("\n", JobSteps("image").Select(s => s.Text("run")).OfType<string>());

        await Assert.That(image.Map("permissions").Text("packages")).IsEqualTo("write");
        await Assert.That(StepUsing("image", "docker/login-action")!.Map("with").Text("registry")).IsEqualTo("ghcr.io");
        await Assert.That(push).IsNotNull();
        await Assert.That(push!.Map("with").Text("platforms")).IsEqualTo("linux/amd64,linux/arm64");
        await Assert.That(push.Map("with").Text("push")).IsEqualTo("true");
        await Assert.That(push.Map("with").Text("file")).IsEqualTo("Dockerfile.release");
        await Assert.That(push.Map("with").Text("tags")).IsEqualTo($"${{{{ env.{tags} }}}}");
        await Assert.That(scripts).Contains("for pair in amd64:linux-x64 arm64:linux-arm64").And.Contains($"{tags}=")
            .And.Contains("ghcr.io/$GITHUB_REPOSITORY");
    }
}
