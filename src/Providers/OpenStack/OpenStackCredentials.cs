namespace HostPool.Providers.OpenStack;

/// <summary>
/// Whom Keystone authenticates: a user and password scoped to a project, or an application credential (already scoped).
/// Never stored or printed; the region and interface choose endpoints from the token's catalog.
/// </summary>
public sealed record OpenStackCredentials(Uri AuthUrl)
{
    public string? Username { get; init; }

    public string? Password { get; init; }

    public string UserDomain { get; init; } = "Default";

    public string? ProjectName { get; init; }

    public string ProjectDomain { get; init; } = "Default";

    public string? ApplicationCredentialId { get; init; }

    public string? ApplicationCredentialSecret { get; init; }

    public string? Region { get; init; }

    public string Interface { get; init; } = OpenStackFlags.DefaultInterface;

    public bool IsApplicationCredential => ApplicationCredentialId is not null;

    public override string ToString() => $"OpenStack at {AuthUrl}" + (Region is null ? "" : $" ({Region})");

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("AuthUrl = ").Append(AuthUrl).Append(", Region = ").Append(Region);
        return true;
    }
}
