using OpenTrain.Config;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Config;

public class CredentialsStoreTests
{
    [Test]
    public async Task Default_path_follows_xdg_config_home_then_home()
    {
        await Assert.That(CredentialsStore.DefaultPath(n => n == "XDG_CONFIG_HOME" ? "/x/cfg" : "/home/u")).IsEqualTo("/x/cfg/opentrain/cli.json");
        await Assert.That(CredentialsStore.DefaultPath(n => n == "HOME" ? "/home/u" : null)).IsEqualTo("/home/u/.config/opentrain/cli.json");
    }

    [Test]
    public async Task Update_creates_private_folder_and_file_and_keeps_unknown_keys()
    {
        using var env = new TestEnvironment();
        env.WriteCredentials("""{"mcpSetting":{"a":1},"apiToken":"old","claimToken":"ot_clm_x"}""");
        var store = new CredentialsStore(env.CredentialsPath, TextWriter.Null);

        store.Update(file => { file["apiToken"] = "new"; file.Remove("claimToken"); });

        await Assert.That(env.ReadCredentials()).IsEqualTo("{\n  \"mcpSetting\": {\n    \"a\": 1\n  },\n  \"apiToken\": \"new\"\n}\n");
        if (!OperatingSystem.IsWindows())
        {
            await Assert.That(File.GetUnixFileMode(env.CredentialsPath)).IsEqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            await Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(env.CredentialsPath)!)).IsEqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        await Assert.That(Directory.GetFiles(Path.GetDirectoryName(env.CredentialsPath)!, "*.tmp")).IsEmpty();
    }

    [Test]
    public async Task Corrupt_file_is_reported_with_its_path_and_left_untouched()
    {
        using var env = new TestEnvironment();
        env.WriteCredentials("{not json");
        var store = new CredentialsStore(env.CredentialsPath, TextWriter.Null);

        var ex = Assert.Throws<CredentialsFileException>(() => store.Update(file => file["apiToken"] = "x"));

        await Assert.That(ex.Message).Contains(env.CredentialsPath);
        await Assert.That(ex.Message).Contains("not valid JSON");
        await Assert.That(env.ReadCredentials()).IsEqualTo("{not json");
    }

    [Test]
    public async Task Loose_permissions_are_tightened_with_a_warning()
    {
        if (OperatingSystem.IsWindows()) return;
        using var env = new TestEnvironment();
        env.WriteCredentials("""{"apiToken":"t"}""");
        File.SetUnixFileMode(env.CredentialsPath, (UnixFileMode)0b110_100_100);
        File.SetUnixFileMode(Path.GetDirectoryName(env.CredentialsPath)!, (UnixFileMode)0b111_101_101);
        var warnings = new StringWriter();

        var saved = new CredentialsStore(env.CredentialsPath, warnings).Read();

        await Assert.That(saved.ApiToken).IsEqualTo("t");
        await Assert.That(File.GetUnixFileMode(env.CredentialsPath)).IsEqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(env.CredentialsPath)!)).IsEqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await Assert.That(warnings.ToString()).Contains("mode is now 600");
        await Assert.That(warnings.ToString()).Contains("mode is now 700");
    }

    [Test]
    public async Task A_symlinked_file_is_replaced_never_written_through()
    {
        if (OperatingSystem.IsWindows()) return;
        using var env = new TestEnvironment();
        var elsewhere = Path.Combine(env.Root, "elsewhere.json");
        File.WriteAllText(elsewhere, """{"apiToken":"victim"}""");
        Directory.CreateDirectory(Path.GetDirectoryName(env.CredentialsPath)!);
        File.CreateSymbolicLink(env.CredentialsPath, elsewhere);

        new CredentialsStore(env.CredentialsPath, TextWriter.Null).Update(file => file["apiToken"] = "mine");

        await Assert.That(File.ReadAllText(elsewhere)).IsEqualTo("""{"apiToken":"victim"}""");
        await Assert.That(new FileInfo(env.CredentialsPath).LinkTarget).IsNull();
        await Assert.That(env.ReadCredentials()).Contains("\"mine\"");
    }

    [Test]
    public async Task Delete_reports_whether_there_was_a_file()
    {
        using var env = new TestEnvironment();
        var store = new CredentialsStore(env.CredentialsPath, TextWriter.Null);
        await Assert.That(store.Delete()).IsFalse();
        env.WriteCredentials("{}");
        await Assert.That(store.Delete()).IsTrue();
        await Assert.That(File.Exists(env.CredentialsPath)).IsFalse();
    }
}
