namespace HostPool.CloudSim.Ec2;

/// <summary>An imported key pair: its public key is what instances launched with it authorise.</summary>
internal sealed class SimKeyPair(string id, string name, string publicKey, string fingerprint, DateTimeOffset created) : IFilterable
{
    /// <summary>A resource of this kind used only to tell which filter names exist (AWS rejects unknown ones even when nothing matches).</summary>
    public static bool KnowsFilter(string name) => new SimKeyPair("key-0", "k", "ssh-ed25519 A", "f", default).FilterValues(name) is not null;

    public string Id { get; } = id;

    public string Name { get; } = name;

    /// <summary>The authorized_keys line ("ssh-ed25519 AAAA... comment").</summary>
    public string PublicKey { get; } = publicKey;

    public string Fingerprint { get; } = fingerprint;

    public DateTimeOffset Created { get; } = created;

    public Dictionary<string, string> TagValues { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Tags => TagValues;

    public IReadOnlyList<string>? FilterValues(string name) => name switch
    {
        "key-name" => [Name],
        "key-pair-id" => [Id],
        "fingerprint" => [Fingerprint],
        "key-type" => [PublicKey.StartsWith("ssh-ed25519", StringComparison.Ordinal) ? "ed25519" : "rsa"],
        _ => null,
    };
}
