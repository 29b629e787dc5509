namespace HostPool.Cli.Commands.Pool;

/// <summary>What <c>hostpool restart NAME...</c> restarts.</summary>
internal enum RestartTarget
{
    Hosts,
    Services,
}

/// <summary>
/// Decides between hosts and services for <c>restart</c>: naming a project or pool means services; otherwise names
/// that are all hosts mean hosts (as Docker Machine's restart), names none of which is a host mean services of the
/// only project (as compose's restart, also when no name is given), and a mix is refused.
/// </summary>
internal static class RestartTargets
{
    public static RestartTarget Choose(IReadOnlyList<string> names, IReadOnlySet<string> hostNames, bool projectScopeGiven)
    {
        if (projectScopeGiven || names.Count == 0)
        {
            return RestartTarget.Services;
        }

        var hosts = names.Where(hostNames.Contains).ToList();
        if (hosts.Count == names.Count)
        {
            return RestartTarget.Hosts;
        }

        if (hosts.Count == 0)
        {
            return RestartTarget.Services;
        }

        var services = names.Except(hosts, StringComparer.Ordinal).ToList();
        throw new UsageException(
            $"{string.Join(", ", hosts)} {(hosts.Count == 1 ? "is a host" : "are hosts")} but {string.Join(", ", services)} {(services.Count == 1 ? "is not" : "are not")}: " +
            $"restart hosts and services in two commands, `hostpool restart {string.Join(' ', hosts)}` and `hostpool restart -p PROJECT {string.Join(' ', services)}`.");
    }
}
