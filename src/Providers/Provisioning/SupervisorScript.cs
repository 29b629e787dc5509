using HostPool.Providers.Ssh;
using System.Text;

namespace HostPool.Providers.Provisioning;

/// <summary>Renders hostpool-dockerd.sh, the supervisor that keeps dockerd running where there is no systemd.</summary>
internal static class SupervisorScript
{
    public static string Render(EngineLayout layout, IReadOnlyList<string> dockerdCommand, IReadOnlyList<KeyValuePair<string, string>> environment)
    {
        var exports = new StringBuilder();
        foreach (var (name, value) in environment)
        {
            exports.Append("export ").Append(name).Append('=').Append(ShellQuote.Quote(value)).Append('\n');
        }

        return TemplateText.Render("hostpool-dockerd.sh", new Dictionary<string, string>
        {
            ["RUN_DIR"] = ShellQuote.Quote(layout.RunDirectory),
            ["ENVIRONMENT"] = exports.ToString(),
            ["DOCKERD_COMMAND"] = ShellQuote.Join(dockerdCommand),
        });
    }
}
