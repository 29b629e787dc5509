using HostPool.Compose.Yaml;

namespace HostPool.Compose.Assembly;

/// <summary>
/// Keeps the services that are enabled: those without <c>profiles</c>, and those with an active profile
/// (<c>--profile</c> or <c>COMPOSE_PROFILES</c>; <c>*</c> enables every profile).
/// </summary>
internal static class ProfileFilter
{
    public static IReadOnlyList<string> Active(IReadOnlyList<string>? requested, ProjectEnvironment environment)
    {
        var fromEnvironment = environment["COMPOSE_PROFILES"]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return (requested ?? []).Concat(fromEnvironment).Distinct(StringComparer.Ordinal).ToList();
    }

    public static YMapping Apply(YMapping root, IReadOnlyList<string> active)
    {
        if (root["services"] is not YMapping services || active.Contains("*"))
        {
            return root;
        }

        var kept = services.Entries.Where(e => IsEnabled(e.Value, active)).ToList();
        return kept.Count == services.Entries.Count ? root : root.With("services", new YMapping(kept, services.Mark, services.Tag));
    }

    private static bool IsEnabled(YNode service, IReadOnlyList<string> active)
        => service is not YMapping m || m["profiles"] is not YSequence profiles || profiles.Items.Count == 0
            || profiles.Items.OfType<YScalar>().Any(p => active.Contains(p.Value));
}
