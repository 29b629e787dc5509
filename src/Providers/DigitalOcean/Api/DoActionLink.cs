namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>An entry of a create answer's <c>links.actions</c>: the action that makes the resource.</summary>
internal sealed record DoActionLink(long Id, string Rel, string Href);
