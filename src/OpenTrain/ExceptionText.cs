using System.Security.Authentication;

namespace OpenTrain;

/// <summary>
/// A runtime failure as a sentence. The binary is built with <c>UseSystemResourceKeys</c> (−1 MB and less
/// start-up work), so framework messages arrive as keys such as <c>UnauthorizedAccess_IODenied_Path</c>;
/// an OS message (<c>Connection refused</c>, <c>No space left on device</c>) is kept, a key is replaced.
/// </summary>
internal static class ExceptionText
{
    public static string Describe(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (IsReadable(e.Message)) return e.Message;
        }
        return ex switch
        {
            UnauthorizedAccessException => "permission denied",
            FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
            PathTooLongException => "the path is too long",
            EndOfStreamException => "the data ended too early",
            IOException => "input/output error",
            OverflowException or ArgumentOutOfRangeException => "a number is out of range",
            AuthenticationException => "the TLS handshake failed",
            HttpRequestException => "the HTTP request failed",
            TimeoutException => "the operation timed out",
            OperationCanceledException => "the operation was cancelled",
            OutOfMemoryException or InsufficientExecutionStackException => "out of memory",
            _ => $"unexpected {ex.GetType().Name}",
        };
    }

    /// <summary>A resource key has no spaces and joins words with underscores; a sentence has spaces.</summary>
    public static bool IsReadable(string? message) =>
        !string.IsNullOrWhiteSpace(message) && message.Contains(' ', StringComparison.Ordinal);
}
