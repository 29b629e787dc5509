namespace HostPool.Providers.Provisioning;

/// <summary>Reads /etc/os-release (ID, ID_LIKE, VERSION_ID) and picks the OS family.</summary>
internal static class OsRelease
{
    public const string Supported = "Debian, Ubuntu (apt); RHEL, CentOS, Rocky, Alma, Fedora (dnf); Alpine (apk)";

    private static readonly Dictionary<string, OsFamily> Families = new(StringComparer.Ordinal)
    {
        ["debian"] = OsFamily.Debian,
        ["ubuntu"] = OsFamily.Debian,
        ["rhel"] = OsFamily.Rhel,
        ["centos"] = OsFamily.Rhel,
        ["rocky"] = OsFamily.Rhel,
        ["almalinux"] = OsFamily.Rhel,
        ["fedora"] = OsFamily.Rhel,
        ["alpine"] = OsFamily.Alpine,
    };

    public static OperatingSystemInfo Detect(string hostName, string osRelease)
    {
        var fields = Parse(osRelease);
        var id = fields.GetValueOrDefault("ID", "").ToLowerInvariant();
        var versionId = fields.GetValueOrDefault("VERSION_ID", "");
        var likes = fields.GetValueOrDefault("ID_LIKE", "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var candidate in likes.Prepend(id))
        {
            if (Families.TryGetValue(candidate, out var family))
            {
                return new OperatingSystemInfo(id, versionId, family);
            }
        }

        var seen = id.Length == 0 ? "no ID in /etc/os-release" : $"ID={id}" + (likes.Length > 0 ? $", ID_LIKE={string.Join(' ', likes)}" : "");
        throw new ProviderException(
            $"Host '{hostName}' runs an operating system hostpool cannot provision ({seen}). Supported: {Supported}. Use one of them, or install and configure Docker on the host yourself.");
    }

    public static IReadOnlyDictionary<string, string> Parse(string osRelease)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in osRelease.Split('\n'))
        {
            var line = raw.Trim();
            var equals = line.IndexOf('=');
            if (line.StartsWith('#') || equals <= 0)
            {
                continue;
            }

            fields[line[..equals]] = Unquote(line[(equals + 1)..]);
        }

        return fields;
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
        {
            value = value[1..^1];
        }

        return value.Replace("\\\"", "\"").Replace("\\\\", "\\");
    }
}
