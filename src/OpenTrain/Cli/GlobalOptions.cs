namespace OpenTrain.Cli;

/// <summary>Flags every command accepts: <c>--json</c> and <c>--base-url</c>.</summary>
internal sealed record GlobalOptions(bool Json, string? BaseUrl)
{
    public static readonly GlobalOptions None = new(false, null);
}
