namespace OpenTrain.Tests.Support;

/// <summary>A private config folder and environment for one test; deleted afterwards.</summary>
internal sealed class TestEnvironment : IDisposable
{
    public TestEnvironment()
    {
        Root = Directory.CreateTempSubdirectory("opentrain-test-").FullName;
        Variables = new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = Path.Combine(Root, "config"), ["HOME"] = Root };
    }

    /// <summary>
    /// Variables for a run that must never touch real credentials: the config folder points nowhere,
    /// plus the token and base URL given.
    /// </summary>
    public static Dictionary<string, string> Isolated(string? token = null, string? baseUrl = null)
    {
        var env = new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = "/nonexistent/opentrain-test" };
        if (token is not null) env["OT_API_TOKEN"] = token;
        if (baseUrl is not null) env["OT_API_BASE_URL"] = baseUrl;
        return env;
    }

    public string Root { get; }

    public Dictionary<string, string> Variables { get; }

    public string CredentialsPath => Path.Combine(Root, "config", "opentrain", "cli.json");

    public string? ReadCredentials() => File.Exists(CredentialsPath) ? File.ReadAllText(CredentialsPath) : null;

    public void WriteCredentials(string json)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(Path.GetDirectoryName(CredentialsPath)!);
        else Directory.CreateDirectory(Path.GetDirectoryName(CredentialsPath)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(CredentialsPath, json);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(CredentialsPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    public TestEnvironment With(string name, string value)
    {
        Variables[name] = value;
        return this;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
