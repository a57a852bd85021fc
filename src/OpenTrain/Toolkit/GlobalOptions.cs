namespace OpenTrain.Toolkit;

/// <summary>Flags every command accepts: <c>--json</c>, <c>--base-url</c> and <c>--debug</c>.</summary>
internal sealed record GlobalOptions(bool Json, string? BaseUrl, bool Debug = false)
{
    public static readonly GlobalOptions None = new(false, null);
}
