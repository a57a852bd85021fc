using OpenTrain.Toolkit;
using OpenTrain.Operations;

namespace OpenTrain.Commands.Auth;

/// <summary>
/// Which commands the current token can use, per namespace, from its scopes and the claim state and
/// the requirements in <see cref="CommandTable"/>: <c>auth status</c> prints it, and its <c>--json</c>
/// appends it to the <c>/auth/me</c> body as <c>cliAccess</c> (the server's fields come first, unchanged). For every
/// missing scope it also says which commands it would unlock and where a human adds it (the app's API keys page).
/// </summary>
internal static class TokenAccess
{
    public const string JsonField = "cliAccess";
    private const string FeatureFlagNote = "Feature flags are per account and not shown here: a command whose flag is off fails with 403 (details.featureKey).";

    private sealed record Blocked(string Command, string Reason, string? MissingScope);
    private sealed record Group(string Name, IReadOnlyList<string> Usable, IReadOnlyList<Blocked> NotYet);
    private sealed record Report(bool? Claimed, IReadOnlyList<Group> Groups)
    {
        /// <summary>Per missing scope (or "a or b" for an any-of requirement), the commands it would unlock, in table order.</summary>
        public IReadOnlyList<(string Scope, IReadOnlyList<string> Commands)> ScopesToAdd =>
        [
            .. Groups.SelectMany(g => g.NotYet).Where(b => b.MissingScope is not null)
                .GroupBy(b => b.MissingScope!, b => b.Command).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, (IReadOnlyList<string>)[.. g])),
        ];
    }

    public static void Write(TextWriter output, IReadOnlyList<string>? scopes, bool claimTokenSaved, Uri? apiKeysPage = null)
    {
        var report = Evaluate(scopes, claimTokenSaved);
        output.WriteLine();
        output.WriteLine($"Commands this token can use (account: {report.Claimed switch { true => "claimed", false => "not claimed yet, a claim token is saved", null => "claim state unknown" }}):");
        var width = report.Groups.Max(g => g.Name.Length) + 4;
        foreach (var group in report.Groups)
        {
            var blocked = group.NotYet
                .GroupBy(b => b.Reason, b => b.Command[(group.Name.Length + 1)..])
                .Select(r => $"{string.Join(", ", r)} ({r.Key})")
                .ToList();
            var usable = blocked.Count == 0 ? "all"
                : group.Usable.Count == 0 ? $"none: {string.Join("; ", blocked)}"
                : $"all but {string.Join("; ", blocked)}";
            output.WriteLine($"  {group.Name.PadRight(width)}{usable}");
        }
        var toAdd = report.ScopesToAdd;
        if (toAdd.Count > 0)
        {
            output.WriteLine($"Scopes a human can put in a new token {AgentScopes.SettingsPage(apiKeysPage)}, then 'opentrain auth login --api-key -':");
            foreach (var (scope, commands) in toAdd) output.WriteLine($"  {scope}: {string.Join(", ", commands)}");
        }
        output.WriteLine(FeatureFlagNote);
        output.WriteLine("Run 'opentrain <command> --help' for a command's requirements.");
    }

    /// <summary>The <c>cliAccess</c> value: claim state, and per namespace the usable commands and the ones not usable yet with why.</summary>
    public static byte[] Json(IReadOnlyList<string>? scopes, bool claimTokenSaved, Uri? apiKeysPage = null)
    {
        var report = Evaluate(scopes, claimTokenSaved);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("claimState", report.Claimed switch { true => "claimed", false => "not_claimed", null => "unknown" });
            json.WriteStartArray("groups");
            foreach (var group in report.Groups)
            {
                json.WriteStartObject();
                json.WriteString("group", group.Name);
                json.WriteStartArray("usable");
                foreach (var command in group.Usable) json.WriteStringValue(command);
                json.WriteEndArray();
                json.WriteStartArray("notYet");
                foreach (var blocked in group.NotYet)
                {
                    json.WriteStartObject();
                    json.WriteString("command", blocked.Command);
                    json.WriteString("reason", blocked.Reason);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("scopesToAdd");
            foreach (var (scope, commands) in report.ScopesToAdd)
            {
                json.WriteStartObject();
                json.WriteString("scope", scope);
                json.WriteStartArray("commands");
                foreach (var command in commands) json.WriteStringValue(command);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (apiKeysPage is not null) json.WriteString("apiKeysUrl", apiKeysPage.AbsoluteUri);
            json.WriteString("note", FeatureFlagNote);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static Report Evaluate(IReadOnlyList<string>? scopes, bool claimTokenSaved)
    {
        var granted = scopes ?? [];
        // /auth/me does not say whether the account is claimed: a post-claim scope proves it, a saved claim token suggests not.
        bool? claimed = granted.Any(AgentScopes.AddedByClaim.Contains) ? true : claimTokenSaved ? false : null;
        // Namespaces only: a one-word command (api) has no verbs to list.
        var groups = CommandTable.All.Where(c => c.Path.Contains(' ', StringComparison.Ordinal))
            .GroupBy(c => c.Path.Split(' ')[0]).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var usable = new List<string>();
                var notYet = new List<Blocked>();
                foreach (var command in g)
                {
                    if (Reason(command.Path, command.Endpoint, granted, claimed) is { } blocked) notYet.Add(blocked);
                    else usable.Add(command.Path);
                }
                return new Group(g.Key, usable, notYet);
            });
        return new Report(claimed, [.. groups]);
    }

    /// <summary>Why the token cannot use the endpoint and the scope text a new token would need, or null when it can.</summary>
    private static Blocked? Reason(string command, Endpoint? endpoint, IReadOnlyList<string> granted, bool? claimed)
    {
        if (endpoint is null) return null;
        var required = ScopeNames(endpoint.Scope);
        var anyOf = endpoint.Scope.StartsWith("any of", StringComparison.Ordinal);
        var missing = required.Where(s => !Covers(granted, s)).ToList();
        if (required.Count > 0 && (anyOf ? missing.Count == required.Count : missing.Count > 0))
        {
            var text = string.Join(anyOf ? " or " : " and ", missing);
            return new Blocked(command, $"needs {text}", text);
        }
        if (endpoint.ClaimRequired && claimed == false) return new Blocked(command, "needs the claim", null);
        return null;
    }

    /// <summary>A scope is granted directly, or a read scope by its write scope.</summary>
    private static bool Covers(IReadOnlyList<string> granted, string scope) =>
        granted.Contains(scope) || (scope.EndsWith(":read", StringComparison.Ordinal) && granted.Contains(scope[..^":read".Length] + ":write"));

    /// <summary>The <c>area:access</c> scope names in a requirement such as "any of jobs:read, jobs:write".</summary>
    private static List<string> ScopeNames(string requirement) =>
        [.. requirement.Split([' ', ',', ';', '(', ')', '`'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.IndexOf(':', StringComparison.Ordinal) is > 0 and var at && at < word.Length - 1
                && Chars.All(word, c => char.IsAsciiLetterLower(c) || c == ':'))];
}
