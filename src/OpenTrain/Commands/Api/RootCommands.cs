using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using OpenTrain.Generated;
using OpenTrain.Http;
using OpenTrain.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Api;

/// <summary>The <c>opentrain api</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands, Group(CommandGroup.Admin)]
internal sealed class RootCommands(CommandContext context)
{
    /// <summary>Call any Public API endpoint and print the response JSON (the raw escape hatch).</summary>
    /// <param name="method">GET, POST, PUT, PATCH or DELETE.</param>
    /// <param name="path">A path under /api/public/v1 (jobs/mine) or an absolute /api/... path.</param>
    /// <param name="rawField">-f, key=value string field of the JSON body, repeatable.</param>
    /// <param name="field">-F, key=JSON typed field of the JSON body (25, true, null, ["a"], {"k":1}), repeatable.</param>
    /// <param name="query">-q, key=value query parameter, repeatable.</param>
    /// <param name="input">Request body from a file ('-' reads standard input), sent as is.</param>
    [Listed("opentrain api GET jobs/mine -q status=OPEN", "opentrain api PATCH job-drafts/job_123 -f jobTitle='Spanish labeling' -F headcount=5"), AnyEndpoint]
    public async Task Api(ConsoleAppContext app, [Argument] string? method = null, [Argument] string? path = null, [Repeatable] string? rawField = null, [Repeatable] string? field = null, [Repeatable] string? query = null, string? input = null, CancellationToken cancellationToken = default)
    {
        _ = (rawField, field, query); // bound only so the framework accepts the flags; every copy is read from the raw arguments
        var verb = ApiTarget.Method(method);
        var (target, pathQuery) = ApiTarget.Path(path);
        var arguments = ApiArguments.Collect(app.InternalCommandArgs.Span);
        if (arguments.Fields is not null && input is not null) throw new UsageException("give -f/-F fields or --input, not both");
        if (verb == HttpMethod.Get && (arguments.Fields is not null || input is not null))
            throw new UsageException("a GET request has no body: use -q key=value for query parameters");
        if (input is { Length: 0 }) throw new UsageException("--input needs a path ('-' reads standard input)");
        var body = input is null ? null : Encoding.UTF8.GetBytes(await new TextInput(null, input, "--input").ReadAsync(context.Terminal.In, cancellationToken));
        // Always the response JSON: the same streaming re-indenter as --json.
        context.Global = context.Global with { Json = true };
        await context.RunAsync(ApiCommand.Operation(verb, target, [.. pathQuery, .. arguments.Query], arguments.Fields, body), cancellationToken);
    }
}
