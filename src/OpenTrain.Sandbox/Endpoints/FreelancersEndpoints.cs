using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary><c>GET /freelancers/{idOrSlug}</c>: masked public profile.</summary>
public static class FreelancersEndpoints
{
    public static void Map(ApiRoutes api) => api.Get("/freelancers/{idOrSlug}", r =>
    {
        r.Gate(Scopes.ProposalsRead);
        var key = r.Route("idOrSlug");
        var freelancer = Find(r.State, key)
            ?? throw ApiException.NotFound($"No such AI trainer: {key}", new JsonObject { ["resource"] = "freelancers", ["idOrSlug"] = key });
        return ApiResponse.Ok(new JsonObject { ["freelancer"] = ProposalViews.Profile(r.State, freelancer) });
    });

    public static Freelancer? Find(SandboxState state, string idOrSlug) =>
        state.Freelancers.Find(idOrSlug) ?? state.Freelancers.All.FirstOrDefault(f => f.Slug == idOrSlug);
}
