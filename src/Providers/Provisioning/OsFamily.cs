namespace HostPool.Providers.Provisioning;

/// <summary>The families of operating systems the provisioner knows how to install Docker on.</summary>
internal enum OsFamily
{
    /// <summary>Debian, Ubuntu and derivatives (apt).</summary>
    Debian,

    /// <summary>RHEL, CentOS, Rocky, Alma and Fedora (dnf).</summary>
    Rhel,

    /// <summary>Alpine (apk).</summary>
    Alpine,
}
