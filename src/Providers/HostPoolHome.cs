namespace HostPool.Providers;

/// <summary>
/// The folder that holds all of hostpool's state: HOSTPOOL_HOME, or ~/.hostpool. Paths stored in records
/// are relative to it, so a home can be moved and two homes never meet.
/// </summary>
public sealed class HostPoolHome
{
    public const string EnvironmentVariable = "HOSTPOOL_HOME";

    public HostPoolHome(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string StoreFile => Path.Combine(Root, "hostpool.db");

    /// <summary>The store's CA and the client certificate every command uses (one per home).</summary>
    public string CertificatesDirectory => Path.Combine(Root, "certs");

    public string CaCertificateFile => Path.Combine(CertificatesDirectory, "ca.pem");

    public string CaKeyFile => Path.Combine(CertificatesDirectory, "ca-key.pem");

    public string ClientCertificateFile => Path.Combine(CertificatesDirectory, "cert.pem");

    public string ClientKeyFile => Path.Combine(CertificatesDirectory, "key.pem");

    public string MachinesDirectory => Path.Combine(Root, "machines");

    /// <summary>A host's own folder: its SSH key, pinned host key and server certificate.</summary>
    public string MachineDirectory(string hostName) => Path.Combine(MachinesDirectory, hostName);

    /// <summary>The relative form of a path under the home, for storing in records.</summary>
    public string ToRelative(string absolutePath) => Path.GetRelativePath(Root, absolutePath);

    /// <summary>The absolute form of a path stored relative to the home.</summary>
    public string Resolve(string relativePath) =>
        Path.IsPathRooted(relativePath) ? relativePath : Path.GetFullPath(Path.Combine(Root, relativePath));

    public static HostPoolHome FromEnvironment()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new HostPoolHome(configured);
        }

        var userHome = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return new HostPoolHome(Path.Combine(userHome, ".hostpool"));
    }
}
