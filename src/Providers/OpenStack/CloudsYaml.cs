using YamlDotNet.RepresentationModel;

namespace HostPool.Providers.OpenStack;

/// <summary>
/// Reads one entry of clouds.yaml (the file openstackclient uses): OS_CLIENT_CONFIG_FILE, ./clouds.yaml,
/// ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml, first found. Keys are returned flat: auth.* without the
/// prefix, plus region_name and interface.
/// </summary>
internal static class CloudsYaml
{
    public static IReadOnlyList<string> SearchPath =>
    [
        .. Environment.GetEnvironmentVariable("OS_CLIENT_CONFIG_FILE") is { Length: > 0 } file ? [file] : Array.Empty<string>(),
        Path.Combine(Environment.CurrentDirectory, "clouds.yaml"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "openstack", "clouds.yaml"),
        "/etc/openstack/clouds.yaml",
    ];

    public static IReadOnlyDictionary<string, string> Entry(string cloud)
    {
        var file = SearchPath.FirstOrDefault(File.Exists)
            ?? throw new UsageException($"--{OpenStackFlags.Cloud} '{cloud}' needs a clouds.yaml; none found in {string.Join(", ", SearchPath)}.");
        var yaml = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            yaml.Load(reader);
        }

        var root = yaml.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        if (root?.Children.TryGetValue(new YamlScalarNode("clouds"), out var clouds) != true
            || clouds is not YamlMappingNode entries
            || !entries.Children.TryGetValue(new YamlScalarNode(cloud), out var node)
            || node is not YamlMappingNode entry)
        {
            throw new UsageException($"{file} has no cloud '{cloud}' under 'clouds:'. Check --{OpenStackFlags.Cloud} or OS_CLOUD.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in entry.Children)
        {
            if (key.ToString() == "auth" && value is YamlMappingNode auth)
            {
                foreach (var (authKey, authValue) in auth.Children)
                {
                    values[authKey.ToString()] = authValue.ToString();
                }
            }
            else if (value is YamlScalarNode scalar)
            {
                values[key.ToString()] = scalar.Value ?? "";
            }
        }

        return values;
    }
}
