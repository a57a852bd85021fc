using OpenTrain.Sandbox.Control;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Pages;

/// <summary>
/// The HTML pages behind the links the API hands out, where a person plays the human: plain server-rendered HTML and one
/// form POST per action (no JavaScript; no antiforgery token: <see cref="BrowserRequestGuard"/> refuses another site's
/// request by its Origin). Every action calls the same
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
        ApiKeysPage.Map(app, state, control);
    }

    /// <summary>
    /// Maps one link page, <c>{prefix}/{id}</c>: GET renders <paramref name="show"/>; POST runs the pressed button's action
    /// (form field <c>action</c>) and answers 303 to <c>{prefix}/{id}?done={Done}</c>, so a reload never repeats it. An unknown
    /// id or a refused action (<see cref="ControlException"/>) renders the page for the link as it now stands (which says why)
    /// or, for a refusal that leaves it unchanged, <paramref name="refused"/>.
    /// </summary>
    public static void MapLinkPage(IEndpointRouteBuilder app, string prefix, Func<HttpContext, string, Task> show,
        Func<HttpContext, string, ControlException, Task> refused, params (string Button, string Done, Action<string, IFormCollection> Run)[] actions)
    {
        static string Id(HttpContext http) => http.Request.RouteValues["id"]?.ToString() ?? "";
        app.MapGet(prefix + "/{id}", (RequestDelegate)(http => show(http, Id(http))));
        app.MapPost(prefix + "/{id}", (RequestDelegate)(async http =>
        {
            var id = Id(http);
            var form = await http.Request.ReadFormAsync();
            var pressed = Html.Field(form, "action");
            if (actions.FirstOrDefault(a => a.Button == pressed) is not { Run: not null } action)
            {
                await Html.MessageAsync(http, "Unknown action", "Use one of the page's buttons.", 400, "bad");
                return;
            }
            try
            {
                action.Run(id, form);
                Html.SeeOther(http, $"{prefix}/{Uri.EscapeDataString(id)}?done={action.Done}");
            }
            catch (ControlException e) when (e.Status == 404)
            {
                await show(http, id);
            }
            catch (ControlException e)
            {
                await refused(http, id, e);
            }
        }));
    }

    /// <summary>Page and control paths: never recorded in the request log and never faulted (only API traffic is).</summary>
    public static bool IsHumanOrControlPath(PathString path) =>
        path == "/" || path.StartsWithSegments("/_sandbox") || Prefixes.Any(p => path.StartsWithSegments(p));
}
