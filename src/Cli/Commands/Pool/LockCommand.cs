using System.CommandLine;
using System.Text.Json;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HostPool.Cli.Commands.Pool;

/// <summary><c>hostpool lock ls | release POOL --force</c>: the pool locks deploy and down hold while they change projects.</summary>
internal static class LockCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("lock", "The pool locks that keep two deploys from interleaving: list them, force-release a dead one.");
        command.Subcommands.Add(Ls(environment));
        command.Subcommands.Add(Release(environment));
        return command;
    }

    private static Command Ls(CliEnvironment environment)
    {
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("ls", "List the locked pools: holder (user@host and pid), since when, and what for.") { Options = { format } };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var locks = await environment.Services.GetRequiredService<IPoolLock>().ListAsync(cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                environment.Out.WriteLine(JsonSerializer.Serialize(locks, Json));
                return (int)ExitCode.Success;
            }

            if (locks.Count == 0)
            {
                environment.Out.WriteLine("No pool is locked.");
                return (int)ExitCode.Success;
            }

            var table = new Table().NoBorder().AddColumns("POOL", "HOLDER", "SINCE", "MESSAGE");
            foreach (var held in locks)
            {
                table.AddRow(Markup.Escape(held.Pool), Markup.Escape(held.Holder.ToString()), PoolLockText.Time(held.AcquiredAt), Markup.Escape(held.Message));
            }

            environment.Out.Write(table);
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static Command Release(CliEnvironment environment)
    {
        var pool = new Argument<string>("POOL") { Description = "The pool whose lock to release." };
        var force = new Option<bool>("--force") { Description = "Confirm the release: the holder is gone, and nothing else changes this pool now." };
        var command = new Command("release", "Release a pool's lock whoever holds it; for a holder that died on another machine.") { Arguments = { pool }, Options = { force } };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(pool)!;
            if (!parse.GetValue(force))
            {
                throw new UsageException(
                    $"Releasing the lock of pool '{name}' lets another deploy start while its holder may still be changing the pool. " +
                    $"Check the holder with 'hostpool lock ls'; once you know it is gone, run 'hostpool lock release {name} --force'. " +
                    "(A holder on this machine whose process is gone is taken over by the next deploy without this.)");
            }

            var released = await environment.Services.GetRequiredService<IPoolLock>().ForceReleaseAsync(name, cancellationToken);
            environment.Out.WriteLine($"Released the lock of pool '{released.Pool}' held by {released.Holder} since {PoolLockText.Time(released.AcquiredAt)} (\"{released.Message}\").");
            return (int)ExitCode.Success;
        });
        return command;
    }
}
