using OpenTrain.Cli;
using OpenTrain.Operations;

namespace OpenTrain.Commands.Auth;

/// <summary>
/// Which commands the current token can use, per namespace, from its scopes and the claim state and
/// the requirements in <see cref="CommandTable"/> (human output of <c>auth status</c> only: its
/// <c>--json</c> stays the <c>/auth/me</c> body exactly as received).
/// </summary>
internal static class TokenAccess
{
    public static void Write(TextWriter output, IReadOnlyList<string>? scopes, bool claimTokenSaved)
    {
        var granted = scopes ?? [];
        // /auth/me does not say whether the account is claimed: a post-claim scope proves it, a saved claim token suggests not.
        bool? claimed = granted.Any(AgentScopes.AddedByClaim.Contains) ? true : claimTokenSaved ? false : null;
        output.WriteLine();
        output.WriteLine($"Commands this token can use (account: {claimed switch { true => "claimed", false => "not claimed yet (a claim token is saved)", null => "claim state unknown" }}):");
        // Namespaces only: a one-word command (api) has no verbs to list.
        var groups = CommandTable.All.Where(c => c.Path.Contains(' ', StringComparison.Ordinal))
            .GroupBy(c => c.Path.Split(' ')[0]).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var width = groups.Max(g => g.Key.Length) + 4;
        foreach (var group in groups)
        {
            var blocked = group
                .Select(c => (Verb: c.Path[(group.Key.Length + 1)..], Reason: Reason(c.Endpoint, granted, claimed)))
                .Where(x => x.Reason is not null)
                .GroupBy(x => x.Reason!, x => x.Verb)
                .Select(r => $"{string.Join(", ", r)} ({r.Key})")
                .ToList();
            var usable = blocked.Count == 0 ? "all"
                : group.All(c => Reason(c.Endpoint, granted, claimed) is not null) ? $"none: {string.Join("; ", blocked)}"
                : $"all but {string.Join("; ", blocked)}";
            output.WriteLine($"  {group.Key.PadRight(width)}{usable}");
        }
        output.WriteLine("Feature flags are per account and not shown here: a command whose flag is off fails with 403 (details.featureKey).");
        output.WriteLine("Run 'opentrain <command> --help' for a command's requirements.");
    }

    /// <summary>Why the token cannot use the endpoint, or null when it can.</summary>
    private static string? Reason(Endpoint? endpoint, IReadOnlyList<string> granted, bool? claimed)
    {
        if (endpoint is null) return null;
        var required = ScopeNames(endpoint.Scope);
        var anyOf = endpoint.Scope.StartsWith("any of", StringComparison.Ordinal);
        var missing = required.Where(s => !Covers(granted, s)).ToList();
        if (required.Count > 0 && (anyOf ? missing.Count == required.Count : missing.Count > 0))
            return $"needs {string.Join(anyOf ? " or " : " and ", missing)}";
        if (endpoint.ClaimRequired && claimed == false) return "needs the claim";
        return null;
    }

    /// <summary>A scope is granted directly, or a read scope by its write scope.</summary>
    private static bool Covers(IReadOnlyList<string> granted, string scope) =>
        granted.Contains(scope) || (scope.EndsWith(":read", StringComparison.Ordinal) && granted.Contains(scope[..^":read".Length] + ":write"));

    /// <summary>The <c>area:access</c> scope names in a requirement such as "any of jobs:read, jobs:write".</summary>
    private static List<string> ScopeNames(string requirement) =>
        [.. requirement.Split([' ', ',', ';', '(', ')', '`'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.IndexOf(':', StringComparison.Ordinal) is > 0 and var at && at < word.Length - 1
                && word.All(c => char.IsAsciiLetterLower(c) || c == ':'))];
}
