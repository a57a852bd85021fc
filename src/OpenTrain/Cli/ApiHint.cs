using OpenTrain.Http;

namespace OpenTrain.Cli;

/// <summary>Adds a command's next-step hint to an API error (printed after the standard error lines).</summary>
internal static class ApiHint
{
    public static async Task<T> WithHint<T>(this Task<T> call, Func<OpenTrainApiException, string?> hint)
    {
        try
        {
            return await call;
        }
        catch (OpenTrainApiException ex)
        {
            ex.Hint ??= hint(ex);
            throw;
        }
    }
}
