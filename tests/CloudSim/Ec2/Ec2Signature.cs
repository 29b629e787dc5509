namespace HostPool.CloudSim.Ec2;

/// <summary>
/// The shape of a SigV4 Authorization header for EC2:
/// <c>AWS4-HMAC-SHA256 Credential=KEY/DATE/REGION/ec2/aws4_request, SignedHeaders=..., Signature=HEX</c>.
/// The signature itself is not checked (the simulator accepts any credentials).
/// </summary>
internal static class Ec2Signature
{
    public static bool IsWellFormed(string authorization)
    {
        const string scheme = "AWS4-HMAC-SHA256 ";
        if (!authorization.StartsWith(scheme, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = authorization[scheme.Length..]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        if (!parts.TryGetValue("Credential", out var credential) || !parts.ContainsKey("SignedHeaders") || !parts.TryGetValue("Signature", out var signature))
        {
            return false;
        }

        var scope = credential.Split('/');
        return scope.Length == 5 && scope[0].Length > 0 && scope[3] == "ec2" && scope[4] == "aws4_request"
            && signature.Length == 64 && signature.All(Uri.IsHexDigit);
    }
}
