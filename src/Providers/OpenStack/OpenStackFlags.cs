using HostPool.Providers.Drivers;

namespace HostPool.Providers.OpenStack;

/// <summary>The openstack driver's flags, as given on `create`; credentials default to the OS_* variables or a clouds.yaml entry.</summary>
public static class OpenStackFlags
{
    public const string Cloud = "openstack-cloud";
    public const string AuthUrl = "openstack-auth-url";
    public const string Username = "openstack-username";
    public const string Password = "openstack-password";
    public const string UserDomain = "openstack-user-domain";
    public const string ProjectName = "openstack-project-name";
    public const string ProjectDomain = "openstack-project-domain";
    public const string ApplicationCredentialId = "openstack-application-credential-id";
    public const string ApplicationCredentialSecret = "openstack-application-credential-secret";
    public const string Region = "openstack-region";
    public const string Interface = "openstack-interface";
    public const string Flavor = "openstack-flavor";
    public const string Image = "openstack-image";
    public const string Network = "openstack-network";
    public const string FloatingIpPool = "openstack-floating-ip-pool";
    public const string SshUser = "openstack-ssh-user";
    public const string SourceCidr = "openstack-source-cidr";
    public const string UserData = "openstack-userdata";
    public const string Metadata = "openstack-metadata";

    public const string DefaultFlavor = "m1.small";
    public const string DefaultImage = "ubuntu-24.04";
    public const string DefaultSshUser = "ubuntu";
    public const string DefaultInterface = "public";
    public const string DefaultSourceCidr = "0.0.0.0/0";

    public static IReadOnlyList<DriverFlag> All { get; } =
    [
        new(Cloud, "Entry of clouds.yaml to take the credentials from") { EnvironmentVariable = "OS_CLOUD" },
        new(AuthUrl, "Keystone v3 URL") { EnvironmentVariable = "OS_AUTH_URL" },
        new(Username, "User name for password authentication") { EnvironmentVariable = "OS_USERNAME" },
        new(Password, "Password; never stored") { IsSecret = true, EnvironmentVariable = "OS_PASSWORD" },
        new(UserDomain, "The user's domain") { DefaultValue = "Default", EnvironmentVariable = "OS_USER_DOMAIN_NAME" },
        new(ProjectName, "Project to scope the token to") { EnvironmentVariable = "OS_PROJECT_NAME" },
        new(ProjectDomain, "The project's domain") { DefaultValue = "Default", EnvironmentVariable = "OS_PROJECT_DOMAIN_NAME" },
        new(ApplicationCredentialId, "Application credential id (instead of user and password)") { EnvironmentVariable = "OS_APPLICATION_CREDENTIAL_ID" },
        new(ApplicationCredentialSecret, "Application credential secret; never stored") { IsSecret = true, EnvironmentVariable = "OS_APPLICATION_CREDENTIAL_SECRET" },
        new(Region, "Region of the catalog's endpoints") { EnvironmentVariable = "OS_REGION_NAME" },
        new(Interface, "Endpoint interface: public, internal or admin") { DefaultValue = DefaultInterface, EnvironmentVariable = "OS_INTERFACE" },
        new(Flavor, "Flavor name or id") { DefaultValue = DefaultFlavor },
        new(Image, "Image name or id (Glance)") { DefaultValue = DefaultImage },
        new(Network, "Network name or id; default: the project's only non-external network"),
        new(FloatingIpPool, "External network to take a floating IP from (released on remove); default: none, use the fixed address"),
        new(SshUser, "SSH user of the image") { DefaultValue = DefaultSshUser },
        new(SourceCidr, "Addresses allowed to reach SSH (22) and the Docker API (2376)") { DefaultValue = DefaultSourceCidr },
        new(UserData, "File with user data (cloud-init) for the server"),
        new(Metadata, "Extra server metadata, key=value (repeatable, or comma-separated)") { IsMultiValue = true },
    ];
}
