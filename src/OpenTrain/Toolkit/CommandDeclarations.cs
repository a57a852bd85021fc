
namespace OpenTrain.Toolkit;

// What a command method says about itself beyond its C# signature and XML doc. The in-repo source
// generator (src/OpenTrain.CommandGenerator) reads these at build time and writes CommandTable.All:
// nothing at run time reads the attributes (no reflection).

/// <summary>The section of the root help a namespace's commands are listed in (on the <c>[RegisterCommands]</c> class).</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class GroupAttribute(CommandGroup group) : Attribute
{
    public CommandGroup Group { get; } = group;
}

/// <summary>A command listed in the root help (in its class's <see cref="GroupAttribute"/> section), and the example lines its help ends with.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ListedAttribute(params string[] examples) : Attribute
{
    public string[] Examples { get; } = examples;
}

/// <summary>
/// The API endpoint the command wraps: method, path (relative to <c>/api/public/v1</c> unless it starts
/// with <c>/api/</c>), the token scope it needs (<see cref="Requirement"/> for the special cases) and its
/// reference page under <see cref="Endpoint.DocsBase"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class EndpointAttribute(string method, string path, string scope, string doc) : Attribute
{
    public string Method { get; } = method;

    public string Path { get; } = path;

    public string Scope { get; } = scope;

    public string Doc { get; } = doc;

    /// <summary>A human must have claimed the account.</summary>
    public bool Claim { get; init; }

    /// <summary>The per-account feature flag the endpoint is behind (<see cref="FeatureFlags"/>).</summary>
    public string? FeatureFlag { get; init; }
}

/// <summary>The command calls whatever endpoint the user names (<c>api</c>): no one requirement applies.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class AnyEndpointAttribute : Attribute;

/// <summary>What the command's <c>--json</c> prints, when it is not the API response as received.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class JsonHelpAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}

/// <summary>The command cannot run without this flag (help marks it; completion and docs say so).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class RequiredFlagAttribute : Attribute;

/// <summary>The flag may be given more than once (the command reads every copy from the raw arguments).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class RepeatableAttribute : Attribute;

/// <summary>
/// The values an enum flag accepts: a static list the command validates with
/// (<c>[OneOf(typeof(JobEnums), nameof(JobEnums.Statuses))]</c>) or the values themselves.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class OneOfAttribute : Attribute
{
    public OneOfAttribute(Type source, string member) => (Source, Member) = (source, member);

    public OneOfAttribute(params string[] values) => Values = values;

    public Type? Source { get; }

    public string? Member { get; }

    public string[]? Values { get; }
}

/// <summary>The scopes of endpoints that need no scope of their own.</summary>
internal static class Requirement
{
    public const string AnyToken = "any valid token";
    public const string NoToken = "none (no token is sent)";
    public const string NoTokenClaim = "none (the saved claim token goes in the body)";
}

/// <summary>The per-account feature flags endpoints are behind.</summary>
internal static class FeatureFlags
{
    public const string Drafting = "public_api_job_drafting";
    public const string Publishing = "public_api_job_publishing";
    public const string Hiring = "public_api_hiring";
    public const string MessagingWrites = "public_api_messaging_writes";
    public const string PaymentsWrite = "public_api_payments_write";
    public const string Credits = "public_api_credits";
    public const string Webhooks = "public_api_webhooks";
    public const string Team = "public_api_team";
}

/// <summary>The <c>--json</c> descriptions that differ from the default.</summary>
internal static class JsonHelp
{
    public const string ResultObject = "Print the result as one JSON object built by the CLI (not an API response).";
}
