using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// Nova os-keypairs: import (200 before 2.2, 201 from it; from 2.92 a key pair is only imported, never generated; a name
/// in use is 409), list ({"keypairs": [{"keypair": ...}]}), get, delete (202 before 2.2, 204 from it).
/// </summary>
internal sealed class KeyPairRoutes(OsCloud cloud)
{
    public IReadOnlyList<JsonRoute<OsRequest>> Routes =>
    [
        new("GET", "os-keypairs", "keypairs_list", r => JsonResult.Ok(new JsonObject
        {
            ["keypairs"] = new JsonArray([.. cloud.KeyPairs.Select(k => (JsonNode)new JsonObject { ["keypair"] = OsShapes.KeyPair(k, r) })]),
        })),
        new("POST", "os-keypairs", "keypairs_create", Create),
        new("GET", "os-keypairs/{}", "keypairs_get", r => JsonResult.Ok(new JsonObject { ["keypair"] = OsShapes.KeyPair(Find(r.Segments[1]), r) })),
        new("DELETE", "os-keypairs/{}", "keypairs_delete", Delete),
    ];

    private JsonResult Create(OsRequest request)
    {
        var body = request.Object("keypair");
        var name = OsRequest.Text(body, "name") is { Length: > 0 and <= 255 } n ? n : throw OsSimErrors.BadRequest(OsService.Compute, "Keypair data is invalid: Keypair name must be string and between 1 and 255 characters long");
        var publicKey = OsRequest.Text(body, "public_key")?.Trim();
        if (publicKey is null)
        {
            throw OsSimErrors.BadRequest(OsService.Compute, request.AtLeast(2, 92)
                ? "Invalid input for field/attribute keypair. Value: 'public_key' is a required property"
                : "Key pair generation is not offered by this cloud; import a public_key.");
        }

        var fields = publicKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var blob = fields.Length >= 2 && fields[0] is "ssh-ed25519" or "ssh-rsa" or "ecdsa-sha2-nistp256" ? Base64(fields[1]) : null;
        if (blob is null)
        {
            throw OsSimErrors.BadRequest(OsService.Compute, "Keypair data is invalid: failed to generate fingerprint");
        }

        if (cloud.KeyPairs.Any(k => k.Name == name))
        {
            throw OsSimErrors.Conflict($"Key pair '{name}' already exists.");
        }

#pragma warning disable CA5351 // MD5 is the fingerprint Nova shows for SSH keys.
        var fingerprint = string.Join(':', MD5.HashData(blob).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
#pragma warning restore CA5351
        var key = new SimOsKeyPair(name, publicKey, fingerprint, OsRequest.Text(body, "type") ?? "ssh", cloud.Now);
        cloud.KeyPairs.Add(key);
        return new JsonResult(request.AtLeast(2, 2) ? 201 : 200, new JsonObject { ["keypair"] = OsShapes.KeyPair(key, request) });
    }

    private JsonResult Delete(OsRequest request)
    {
        cloud.KeyPairs.Remove(Find(request.Segments[1]));
        return request.AtLeast(2, 2) ? JsonResult.NoContent : new JsonResult(202, null);
    }

    private SimOsKeyPair Find(string name) =>
        cloud.KeyPairs.FirstOrDefault(k => k.Name == Uri.UnescapeDataString(name))
        ?? throw OsSimErrors.NotFound(OsService.Compute, $"Keypair {Uri.UnescapeDataString(name)} not found for user {OsCatalog.UserId}");

    private static byte[]? Base64(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) && length > 0 ? bytes[..length] : null;
    }
}
