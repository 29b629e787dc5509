using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.DigitalOcean;

/// <summary>SSH keys of the account: list, create (201; a key already added is refused with 422), get and delete by id or fingerprint.</summary>
internal sealed class KeyRoutes(DoCloud cloud)
{
    public IReadOnlyList<JsonRoute<DoRequest>> Routes =>
    [
        new("GET", "account/keys", "sshKeys_list", r => JsonResult.Ok(DoPaging.Page("ssh_keys", [.. cloud.Keys.OrderBy(k => k.Id).Select(k => (JsonNode)DoShapes.Key(k))], r, "account/keys"))),
        new("POST", "account/keys", "sshKeys_create", Create),
        new("GET", "account/keys/{}", "sshKeys_get", r => JsonResult.Ok(new JsonObject { ["ssh_key"] = DoShapes.Key(Find(r.Segments[2])) })),
        new("DELETE", "account/keys/{}", "sshKeys_delete", Delete),
    ];

    private JsonResult Create(DoRequest request)
    {
        var name = request.Required("name");
        var publicKey = request.Required("public_key").Trim();
        var fields = publicKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var blob = fields.Length >= 2 && fields[0] is "ssh-ed25519" or "ssh-rsa" or "ecdsa-sha2-nistp256" ? TryBase64(fields[1]) : null;
        if (blob is null)
        {
            throw DoSimErrors.Unprocessable("Key invalid type, we support 'ssh-rsa', 'ssh-ed25519' and 'ecdsa-sha2-nistp256'.");
        }

#pragma warning disable CA5351 // MD5 is the fingerprint the API defines for keys.
        var fingerprint = string.Join(':', MD5.HashData(blob).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
#pragma warning restore CA5351
        if (cloud.Keys.Any(k => k.Fingerprint == fingerprint))
        {
            throw DoSimErrors.Unprocessable("SSH Key is already in use on your account");
        }

        var key = new SimDoKey(cloud.NewKeyId(), name, publicKey, fingerprint);
        cloud.Keys.Add(key);
        return new JsonResult(201, new JsonObject { ["ssh_key"] = DoShapes.Key(key) });
    }

    private JsonResult Delete(DoRequest request)
    {
        cloud.Keys.Remove(Find(request.Segments[2]));
        return JsonResult.NoContent;
    }

    private SimDoKey Find(string idOrFingerprint) =>
        cloud.Keys.FirstOrDefault(k => k.Fingerprint == idOrFingerprint || k.Id.ToString(CultureInfo.InvariantCulture) == idOrFingerprint)
        ?? throw DoSimErrors.NotFound();

    private static byte[]? TryBase64(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) && length > 0 ? bytes[..length] : null;
    }
}
