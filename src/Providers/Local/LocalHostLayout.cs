namespace HostPool.Providers.Local;

/// <summary>Where a local host's files live: its folder under HOSTPOOL_HOME and the namespace's private folders in it.</summary>
internal sealed record LocalHostLayout(string MachineDirectory)
{
    public string PrivateKey => Path.Combine(MachineDirectory, Ssh.SshKeyPair.PrivateKeyFileName);

    public string Root => Path.Combine(MachineDirectory, "local");

    public string SshDirectory => Path.Combine(Root, "ssh");

    public string SshdConfig => Path.Combine(SshDirectory, "sshd_config");

    public string SshdLog => Path.Combine(SshDirectory, "sshd.log");

    public string HostKey => Path.Combine(SshDirectory, "ssh_host_ed25519_key");

    public string AuthorizedKeys => Path.Combine(SshDirectory, "authorized_keys");

    /// <summary>The folders bind-mounted over the standard paths inside the host's mount namespace.</summary>
    public IReadOnlyList<(string Source, string Target)> BindMounts =>
    [
        (Path.Combine(Root, "etc-docker"), "/etc/docker"),
        (Path.Combine(Root, "var-lib-docker"), "/var/lib/docker"),
        (Path.Combine(Root, "run"), "/run"),
        // A home of its own for root, as on a fresh VM: the machine's /root (its shell start-up files, tools'
        // state) must not leak into a host, and running it would slow every command a host runs over SSH.
        (Path.Combine(Root, "root-home"), "/root"),
    ];

    public static LocalHostLayout For(HostPoolHome home, string hostName) => new(home.MachineDirectory(hostName));
}
