using OpenTrain.Toolkit;
using OpenTrain.Config;

namespace OpenTrain.Tests.Config;

public class ApiSettingsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    private static readonly Credentials Saved = new("ot_pat_file_token", "https://file.example.com", null);

    [Test]
    [Arguments("flag", "env-ot", "env-opentrain", true, "https://flag.example.com")]
    [Arguments(null, "env-ot", "env-opentrain", true, "https://ot.example.com")]
    [Arguments(null, null, "env-opentrain", true, "https://opentrain.example.com")]
    [Arguments(null, null, null, true, "https://file.example.com")]
    [Arguments(null, null, null, false, "https://app.opentrain.ai")]
    [Arguments(null, "", "", false, "https://app.opentrain.ai")]
    public async Task Base_url_precedence(string? flag, string? ot, string? openTrain, bool fromFile, string expected)
    {
        var env = Env(("OT_API_BASE_URL", ot is "env-ot" ? "https://ot.example.com" : ot!), ("OPENTRAIN_API_BASE_URL", openTrain is "env-opentrain" ? "https://opentrain.example.com" : openTrain!));
        var url = ApiSettings.ResolveBaseUrl(flag is null ? null : "https://flag.example.com/", env, fromFile ? Saved : Credentials.Empty);
        await Assert.That(url.Text).IsEqualTo(expected);
    }

    [Test]
    public async Task Token_precedence_ot_then_opentrain_then_file()
    {
        await Assert.That(ApiSettings.ResolveToken(Env(("OT_API_TOKEN", "a"), ("OPENTRAIN_API_TOKEN", "b")), Saved)).IsEqualTo("a");
        await Assert.That(ApiSettings.ResolveToken(Env(("OT_API_TOKEN", ""), ("OPENTRAIN_API_TOKEN", "b")), Saved)).IsEqualTo("b");
        await Assert.That(ApiSettings.ResolveToken(Env(), Saved)).IsEqualTo("ot_pat_file_token");
        await Assert.That(ApiSettings.ResolveToken(Env(), Credentials.Empty)).IsNull();
    }

    [Test]
    public async Task Missing_token_explains_how_to_log_in()
    {
        var ex = Assert.Throws<NotLoggedInException>(() => ApiSettings.RequireToken(Env(), Credentials.Empty));
        await Assert.That(ex.Message).Contains("opentrain auth register");
        await Assert.That(ex.Message).Contains("opentrain auth login --api-key");
    }

    [Test]
    [Arguments("https://api.example.com")]
    [Arguments("http://localhost:3000")]
    [Arguments("http://127.0.0.1:8080")]
    [Arguments("http://127.45.0.9")]
    [Arguments("http://[::1]:9000")]
    [Arguments("https://example.com/prefix/")]
    public async Task Accepted_base_urls(string raw)
    {
        var url = BaseUrl.Parse(raw, "test");
        await Assert.That(url.Text).IsEqualTo(raw.TrimEnd('/'));
    }

    [Test]
    [Arguments("http://api.example.com", "refusing plain-http base URL")]
    [Arguments("http://10.0.0.5", "refusing plain-http base URL")]
    [Arguments("http://localhost.evil.com", "refusing plain-http base URL")]
    [Arguments("ftp://example.com", "expected an absolute https:// URL")]
    [Arguments("example.com", "expected an absolute https:// URL")]
    [Arguments("https://user:pw@example.com", "must not carry credentials")]
    public async Task Rejected_base_urls_are_usage_errors_naming_the_url(string raw, string message)
    {
        var ex = Assert.Throws<InvalidSettingException>(() => BaseUrl.Parse(raw, "--base-url"));
        await Assert.That(ex.Message).Contains(message);
        await Assert.That(ex.Message).Contains(raw);
    }
}
