using HostPool.Providers.Drivers;

namespace HostPool.Providers.DigitalOcean;

/// <summary>The digitalocean driver's flags, as given on `create` (--digitalocean-region and so on).</summary>
public static class DigitalOceanFlags
{
    public const string AccessToken = "digitalocean-access-token";
    public const string Region = "digitalocean-region";
    public const string Size = "digitalocean-size";
    public const string Image = "digitalocean-image";
    public const string SshUser = "digitalocean-ssh-user";
    public const string Ipv6 = "digitalocean-ipv6";
    public const string PrivateNetworking = "digitalocean-private-networking";
    public const string Monitoring = "digitalocean-monitoring";
    public const string Backups = "digitalocean-backups";
    public const string Tags = "digitalocean-tags";
    public const string UserData = "digitalocean-userdata";
    public const string ApiUrl = "digitalocean-api-url";
    public const string SourceCidr = "digitalocean-source-cidr";

    public const string TokenVariable = "DIGITALOCEAN_ACCESS_TOKEN";
    public const string DefaultApiUrl = "https://api.digitalocean.com/";
    public const string DefaultRegion = "nyc3";
    public const string DefaultSize = "s-2vcpu-4gb";
    public const string DefaultImage = "ubuntu-24-04-x64";
    public const string DefaultSshUser = "root";
    public const string DefaultSourceCidr = "0.0.0.0/0";

    public static IReadOnlyList<DriverFlag> All { get; } =
    [
        new(AccessToken, "DigitalOcean API token (read and write scopes); never stored") { IsSecret = true, EnvironmentVariable = TokenVariable },
        new(Region, "Region slug") { DefaultValue = DefaultRegion, EnvironmentVariable = "DIGITALOCEAN_REGION" },
        new(Size, "Droplet size slug") { DefaultValue = DefaultSize },
        new(Image, "Image slug or id; default: the current Ubuntu LTS") { DefaultValue = DefaultImage },
        new(SshUser, "SSH user of the image") { DefaultValue = DefaultSshUser },
        new(Ipv6, "Enable IPv6") { DefaultValue = "false" },
        new(PrivateNetworking, "Enable private networking and record the private address") { DefaultValue = "false" },
        new(Monitoring, "Install the monitoring agent") { DefaultValue = "false" },
        new(Backups, "Enable weekly backups (billed)") { DefaultValue = "false" },
        new(Tags, "Extra droplet tags (repeatable, or comma-separated)") { IsMultiValue = true },
        new(UserData, "File with user data (cloud-init) for the droplet"),
        new(ApiUrl, "API base URL, for compatible endpoints and simulators") { DefaultValue = DefaultApiUrl },
        new(SourceCidr, "Addresses allowed to reach SSH (22) and the Docker API (2376)") { DefaultValue = DefaultSourceCidr },
    ];
}
