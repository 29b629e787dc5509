namespace HostPool.Providers.OpenStack;

/// <summary>The journal's resource kinds and provider-data keys of the openstack driver.</summary>
internal static class OpenStackResourceKinds
{
    public const string Server = "openstack-server";
    public const string KeyPair = "openstack-key-pair";
    public const string SecurityGroup = "openstack-security-group";
    public const string FloatingIp = "openstack-floating-ip";

    public const string DataCreateTag = "openstack-create-tag";
    public const string DataKeyName = "openstack-key-name";
    public const string DataSecurityGroup = "openstack-security-group";
}
