using OpenTrain.Sandbox.Control;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Pages;

/// <summary>
/// The HTML pages behind the links the API hands out, where a person plays the human: plain server-rendered HTML and one
/// form POST per action (no JavaScript, no antiforgery: loopback only). Every action calls the same
/// <see cref="SandboxControl"/> method as the <c>/_sandbox/</c> control surface.
/// </summary>
public static class HumanPages
{
    private static readonly string[] Prefixes = ["/claim", "/approvals", "/checkout", "/job-post", "/jobs", "/settings"];

    public static void Map(IEndpointRouteBuilder app, SandboxState state, SandboxControl control)
    {
        HomePage.Map(app, state);
        ClaimPage.Map(app, state, control);
        ApprovalPage.Map(app, state, control);
        CheckoutPage.Map(app, state, control);
        JobPage.Map(app, state);
    }

    /// <summary>Page and control paths: never recorded in the request log and never faulted (only API traffic is).</summary>
    public static bool IsHumanOrControlPath(PathString path) =>
        path == "/" || path.StartsWithSegments("/_sandbox") || Prefixes.Any(p => path.StartsWithSegments(p));
}
