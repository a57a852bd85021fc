using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Auth;

/// <summary>The human summary of <c>/auth/me</c>, shared by <c>auth status</c> and <c>auth login</c>.</summary>
internal static class IdentitySummary
{
    public static void Write(TextWriter output, AuthMeResponse me, string baseUrl)
    {
        var actor = me.Actor;
        var user = actor?.FullName ?? string.Join(' ', new[] { actor?.FirstName, actor?.LastName }.Where(n => !string.IsNullOrEmpty(n)));
        if (!string.IsNullOrEmpty(actor?.Email)) user = string.IsNullOrEmpty(user) ? actor.Email : $"{user} <{actor.Email}>";
        if (!string.IsNullOrEmpty(actor?.UserType)) user += $" ({actor.UserType})";
        var account = me.Account?.Kind;
        if (!string.IsNullOrEmpty(me.Account?.MemberRole)) account += $", {me.Account.MemberRole}";
        new KeyValueBlock()
            .Add("User", user)
            .Add("Token", me.Token?.Label is { Length: > 0 } label ? $"{label} ({me.Token.Id})" : me.Token?.Id)
            .Add("Scopes", me.Token?.Scopes is { Count: > 0 } scopes ? string.Join(' ', scopes) : "(none)")
            .Add("Account", account)
            .Add("API", baseUrl)
            .WriteTo(output);
    }
}
