using System.Security.Cryptography;
using System.Text;
using static HostPool.CloudSim.Ec2.Ec2Xml;

namespace HostPool.CloudSim.Ec2;

/// <summary>ImportKeyPair, DescribeKeyPairs and DeleteKeyPair.</summary>
internal sealed class KeyPairActions(Ec2Cloud cloud)
{
    public IReadOnlyDictionary<string, Ec2Action> Actions => new Dictionary<string, Ec2Action>(StringComparer.Ordinal)
    {
        ["ImportKeyPair"] = Import,
        ["DescribeKeyPairs"] = Describe,
        ["DeleteKeyPair"] = Delete,
    };

    private object?[] Import(Ec2Query query)
    {
        var name = query.Required("KeyName");
        var material = query.Required("PublicKeyMaterial");
        if (cloud.KeyPairs.Any(k => k.Name == name))
        {
            throw new Ec2Exception("InvalidKeyPair.Duplicate", $"The keypair '{name}' already exists.");
        }

        var line = Decode(material);
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2 || fields[0] is not ("ssh-ed25519" or "ssh-rsa") || !TryBase64(fields[1], out var blob))
        {
            throw new Ec2Exception("InvalidKey.Format", "Key is not in valid OpenSSH public key format");
        }

        var key = new SimKeyPair(cloud.NewId("key"), name, line.Trim(), Convert.ToBase64String(SHA256.HashData(blob)).TrimEnd('='), cloud.Now);
        foreach (var tag in query.TagsFor("key-pair"))
        {
            key.TagValues[tag.Key] = tag.Value;
        }

        cloud.KeyPairs.Add(key);
        return [E("keyFingerprint", key.Fingerprint), E("keyName", key.Name), E("keyPairId", key.Id), TagSet(key.Tags)];
    }

    private object?[] Describe(Ec2Query query)
    {
        var names = query.List("KeyName");
        var ids = query.List("KeyPairId");
        foreach (var missing in names.Where(n => cloud.KeyPairs.All(k => k.Name != n)).Concat(ids.Where(i => cloud.KeyPairs.All(k => k.Id != i))))
        {
            throw Ec2Errors.NotFound("InvalidKeyPair.NotFound", "key pair", missing);
        }

        var selected = Ec2Filters.Apply(
            cloud.KeyPairs.Where(k => (names.Count == 0 || names.Contains(k.Name)) && (ids.Count == 0 || ids.Contains(k.Id))),
            query.Filters());
        return
        [
            Items("keySet", selected.Select(k => new[]
            {
                E("keyPairId", k.Id),
                E("keyType", k.FilterValues("key-type")![0]),
                E("keyFingerprint", k.Fingerprint),
                E("keyName", k.Name),
                E("createTime", k.Created),
                TagSet(k.Tags),
            })),
        ];
    }

    private object?[] Delete(Ec2Query query)
    {
        var id = query.Get("KeyPairId");
        var name = query.Get("KeyName");
        if (id is null && name is null)
        {
            throw Ec2Errors.MissingParameter("KeyName");
        }

        var key = cloud.KeyPairs.FirstOrDefault(k => (id is not null && k.Id == id) || (id is null && k.Name == name));
        if (key is null && id is not null)
        {
            throw Ec2Errors.NotFound("InvalidKeyPair.NotFound", "key pair", id);
        }

        if (key is not null)
        {
            cloud.KeyPairs.Remove(key);
        }

        return [E("return", true), Opt("keyPairId", key?.Id)];
    }

    private static string Decode(string material)
    {
        try
        {
            return Encoding.ASCII.GetString(Convert.FromBase64String(material));
        }
        catch (FormatException)
        {
            return material;
        }
    }

    private static bool TryBase64(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) && (bytes = bytes[..length]).Length > 0;
    }
}
