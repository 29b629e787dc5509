using System.CommandLine;
using HostPool.Providers.Drivers;
using HostPool.Providers.Hosts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HostPool.Cli.Commands.Hosts;

internal static class GcCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var registry = environment.Services.GetRequiredService<IDriverRegistry>();
        var driver = new Option<string?>("--driver", "-d") { Description = "Also scan this driver's provider for resources tagged by hostpool that no host owns (uses its --<driver>-* flags)." };
        var yes = new Option<bool>("--yes", "-y") { Description = "Delete without asking." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only list what would be removed." };
        var driverFlags = new DriverFlagOptions(registry.All);
        var command = new Command("gc", "Remove what interrupted work left: hosts whose create was killed, and (with --driver) untracked provider resources.");
        command.Options.Add(driver);
        command.Options.Add(yes);
        command.Options.Add(dryRun);
        driverFlags.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var collector = environment.Services.GetRequiredService<IHostGarbageCollector>();
            var scanned = parse.GetValue(driver) is { } name ? registry.Get(name) : null;
            var options = scanned is null ? new Dictionary<string, IReadOnlyList<string>>() : driverFlags.ValuesFor(scanned, parse);
            var abandoned = await collector.FindAbandonedCreatesAsync(scanned?.Name, cancellationToken);
            var orphans = scanned is null ? [] : await collector.FindOrphansAsync(scanned.Name, options, cancellationToken);

            foreach (var host in abandoned)
            {
                environment.Out.WriteLine($"interrupted create: host {host.Name} ({host.Driver}, {host.Resources.Count} resources journaled)");
            }

            foreach (var orphan in orphans)
            {
                environment.Out.WriteLine($"untracked {orphan.Driver} {orphan.Kind} {orphan.Id} (pool {orphan.Pool}, host {orphan.Host ?? "-"}): {orphan.Detail}");
            }

            if (abandoned.Count + orphans.Count == 0)
            {
                environment.Out.WriteLine("Nothing to collect.");
                return (int)ExitCode.Success;
            }

            if (parse.GetValue(dryRun) || !await ConfirmedAsync(environment, parse.GetValue(yes), abandoned.Count + orphans.Count, cancellationToken))
            {
                environment.Out.WriteLine("Nothing was removed.");
                return (int)ExitCode.Success;
            }

            foreach (var host in abandoned)
            {
                await collector.RemoveAbandonedCreateAsync(host, cancellationToken);
                environment.Out.WriteLine($"Removed interrupted host {host.Name}");
            }

            if (orphans.Count > 0)
            {
                var cleanup = await collector.DeleteOrphansAsync(scanned!.Name, options, orphans, cancellationToken);
                cleanup.Deleted.ToList().ForEach(o => environment.Out.WriteLine($"Deleted {o.Kind} {o.Id}"));
                if (cleanup.Kept.Count > 0)
                {
                    throw new ProviderException(
                        "gc could not delete: " + string.Join("; ", cleanup.Kept.Select(k => $"{k.Orphan.Kind} {k.Orphan.Id} ({k.Reason})")) +
                        ". Run 'hostpool gc --driver " + scanned.Name + "' again once that is resolved.");
                }
            }

            return (int)ExitCode.Success;
        });
        return command;
    }

    private static async Task<bool> ConfirmedAsync(CliEnvironment environment, bool yes, int count, CancellationToken cancellationToken)
    {
        if (yes)
        {
            return true;
        }

        if (!environment.IsInteractive)
        {
            throw new UsageException("gc asks for confirmation, and there is no terminal to ask on. Add -y to remove without asking (or --dry-run to list).");
        }

        return await environment.Out.ConfirmAsync($"Remove these {count} leftovers?", defaultValue: false, cancellationToken);
    }
}
