using System.Text.Json;

namespace OpenTrain.Generated.Contracts;

/// <summary>GET /updates: events oldest first, the cursor to pass next, and whether to poll again at once.</summary>
public sealed record UpdatesPage(IReadOnlyList<PlatformEvent>? Events, string? NextCursor, bool? HasMore);

/// <summary>An account event (also the body of a webhook delivery); <see cref="Data"/> carries ids only.</summary>
public sealed record PlatformEvent(
    string? Id, string? Type, string? ApiVersion, string? CreatedAt, string? ResourceId, string? JobId, JsonElement? Data);
