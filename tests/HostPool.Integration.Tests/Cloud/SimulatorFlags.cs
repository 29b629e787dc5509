namespace HostPool.Integration.Tests.Cloud;

/// <summary>The create flags and credentials that point each cloud driver at its simulator process.</summary>
internal static class SimulatorFlags
{
    /// <summary>Sets the credentials every driver reads from the environment, as the simulators accept them.</summary>
    public static void UseSimulatorCredentials()
    {
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "AKIDHOSTPOOLTEST0002");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "hostpool-test-secret");
        Environment.SetEnvironmentVariable("DIGITALOCEAN_ACCESS_TOKEN", "dop_v1_hostpool_test");
        Environment.SetEnvironmentVariable("OS_PASSWORD", "simulator-password");
        Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", "hostpool-test-secret");
    }

    public static string[] For(string provider, CloudSimProcess cloud) => provider switch
    {
        "ec2" => ["--driver", "ec2", "--ec2-endpoint", cloud.Endpoint.ToString(), "--ec2-region", "us-east-1", "--ec2-ssh-user", "root"],
        "digitalocean" => ["--driver", "digitalocean", "--digitalocean-api-url", cloud.Endpoint.ToString(), "--digitalocean-ssh-user", "root"],
        "openstack" =>
        [
            "--driver", "openstack", "--openstack-auth-url", new Uri(cloud.Endpoint, "identity/v3").ToString(),
            "--openstack-username", "hostpool", "--openstack-project-name", "hostpool", "--openstack-ssh-user", "root",
        ],
        "azure" =>
        [
            "--driver", "azure", "--azure-subscription-id", "00000000-0000-0000-0000-0000000000a1", "--azure-tenant-id", "00000000-0000-0000-0000-0000000000aa",
            "--azure-client-id", "11111111-1111-1111-1111-111111111111", "--azure-arm-endpoint", cloud.Endpoint.ToString(),
            "--azure-authority-host", cloud.Endpoint.ToString(), "--azure-ca-cert", cloud.Announced.Select(l => l.Split(' ')).First(w => w.Length > 2 && w[1] == "ca-cert")[2],
            "--azure-ssh-user", "root",
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "no simulator"),
    };
}
