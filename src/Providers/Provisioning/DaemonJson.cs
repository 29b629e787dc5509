using System.Text.Json;

namespace HostPool.Providers.Provisioning;

/// <summary>Renders /etc/docker/daemon.json: TLS with client verification, labels, insecure registries and mirrors. Never "hosts".</summary>
internal static class DaemonJson
{
    public static string Render(EngineLayout layout, IEnumerable<string> labels, IEnumerable<string> insecureRegistries, IEnumerable<string> registryMirrors)
    {
        var labelList = labels.Distinct(StringComparer.Ordinal).ToList();
        foreach (var label in labelList.Where(label => label.IndexOf('=') <= 0 || label.Any(char.IsControl)))
        {
            throw new InvalidInputException($"Engine label '{label}' is not key=value. Give labels as e.g. --engine-label zone=a.");
        }

        return TemplateText.Render("daemon.json", new Dictionary<string, string>
        {
            ["CA_FILE"] = JsonSerializer.Serialize(layout.CaFile),
            ["CERT_FILE"] = JsonSerializer.Serialize(layout.ServerCertificateFile),
            ["KEY_FILE"] = JsonSerializer.Serialize(layout.ServerKeyFile),
            ["LABELS"] = JsonSerializer.Serialize(labelList),
            ["INSECURE_REGISTRIES"] = JsonSerializer.Serialize(insecureRegistries.ToList()),
            ["REGISTRY_MIRRORS"] = JsonSerializer.Serialize(registryMirrors.ToList()),
        });
    }
}
