using System.Text.Json;

namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>The answer to POST /v2/droplets: the new droplet and, from <c>links.actions</c>, the action that makes it.</summary>
internal sealed record CreatedDroplet(DoDroplet Droplet, IReadOnlyList<DoActionLink> Actions)
{
    public static CreatedDroplet Read(JsonElement? answer) => new(
        DoApi.Read<DoDroplet>(answer, "droplet", "droplets_create"),
        answer is { } root && root.TryGetProperty("links", out var links) && links.TryGetProperty("actions", out var actions)
            ? actions.Deserialize<List<DoActionLink>>(DoJson.Options) ?? []
            : []);
}
