using System.Security.Authentication;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>
/// Issue #13: the binary is built with UseSystemResourceKeys, so runtime messages arrive as keys
/// (the in-process tests run with full messages; these cases feed the keys the binary sees).
/// </summary>
public class ReadableErrorTests
{
    [Test]
    [Arguments("UnauthorizedAccess_IODenied_Path", "permission denied")]
    [Arguments("IO_FileNotFound_FileName", "no such file or directory")]
    [Arguments("Overflow_TimeSpanTooLong", "a number is out of range")]
    [Arguments("net_http_content_stream_copy_error", "input/output error")]
    [Arguments("net_auth_SSPI", "the TLS handshake failed")]
    public async Task A_resource_key_becomes_a_sentence(string key, string sentence)
    {
        Exception ex = key switch
        {
            "UnauthorizedAccess_IODenied_Path" => new UnauthorizedAccessException(key),
            "IO_FileNotFound_FileName" => new FileNotFoundException(key),
            "Overflow_TimeSpanTooLong" => new OverflowException(key),
            "net_auth_SSPI" => new AuthenticationException(key),
            _ => new IOException(key),
        };

        await Assert.That(OpenTrain.ExceptionText.Describe(ex)).IsEqualTo(sentence);
    }

    [Test]
    public async Task An_operating_system_message_is_kept()
    {
        var ex = new UnauthorizedAccessException("UnauthorizedAccess_IODenied_NoPathName", new IOException("Bad file descriptor"));

        await Assert.That(OpenTrain.ExceptionText.Describe(ex)).IsEqualTo("Bad file descriptor");
    }

    [Test]
    [Arguments("--interval", "99999999999999999999")]
    [Arguments("--timeout", "1e400")]
    public async Task Absurd_durations_are_usage_errors_not_overflows(string flag, string value)
    {
        var result = await CliRunner.RunAsync(["auth", "claim-status", "--claim-token", "x", flag, value]);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith($"Usage error: ");
        await Assert.That(result.Stderr).Contains(flag);
    }
}
