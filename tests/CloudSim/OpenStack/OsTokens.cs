using System.Security.Cryptography;

namespace HostPool.CloudSim.OpenStack;

/// <summary>The tokens Keystone issued: each valid until its expiry at the injected clock, or until revoked.</summary>
internal sealed class OsTokens(TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);

    public int Issued { get; private set; }

    public int Rejected { get; private set; }

    public (string Value, DateTimeOffset ExpiresAt) Issue(TimeSpan lifetime)
    {
        var value = "gAAAAA" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var expires = time.GetUtcNow() + lifetime;
        _tokens[value] = expires;
        Issued++;
        return (value, expires);
    }

    public bool IsValid(string? value)
    {
        var valid = value is not null && _tokens.TryGetValue(value, out var expires) && expires > time.GetUtcNow();
        if (!valid)
        {
            Rejected++;
        }

        return valid;
    }

    /// <summary>Revokes a token (a password change, a role removed): the next request with it gets 401.</summary>
    public void Revoke(string? value)
    {
        if (value is not null)
        {
            _tokens.Remove(value);
        }
    }
}
