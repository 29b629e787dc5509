using System.CommandLine;
using HostPool.Cli.Rendering;
using HostPool.Providers.Drivers;
using HostPool.Providers.Hosts;
using HostPool.Providers.Model;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HostPool.Cli.Commands.Hosts;

internal static class CreateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var registry = environment.Services.GetRequiredService<IDriverRegistry>();
        var name = new Argument<string>("name") { Description = "The host's name (with --count: the prefix of NAME-1..NAME-N)." };
        var driver = new Option<string>("--driver", "-d") { Description = $"The driver: {string.Join(", ", registry.All.Select(d => d.Name))}.", DefaultValueFactory = _ => "local" };
        var count = new Option<int>("--count", "-n") { Description = "Create NAME-1..NAME-N concurrently.", DefaultValueFactory = _ => 1 };
        var parallel = new Option<int>("--parallel") { Description = "How many hosts are created at once.", DefaultValueFactory = _ => EachHost.DefaultParallelism };
        var pool = new Option<string>("--pool") { Description = "The pool the host joins.", DefaultValueFactory = _ => "default" };
        var engine = new EngineFlags();
        var driverFlags = new DriverFlagOptions(registry.All);

        var command = new Command("create", "Create Docker hosts: make the machine, provision Docker with mutual TLS, join the pool.");
        command.Arguments.Add(name);
        foreach (var option in new Option[] { driver, count, parallel, pool })
        {
            command.Options.Add(option);
        }

        engine.AddTo(command);
        driverFlags.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = registry.Get(parse.GetValue(driver)!);
            var names = HostNames.Expand(parse.GetValue(name)!, parse.GetValue(count));
            var template = new HostSpec
            {
                Name = names[0],
                Driver = chosen.Name,
                Pool = parse.GetValue(pool)!,
                DriverOptions = driverFlags.ValuesFor(chosen, parse),
                Engine = engine.Engine(parse),
                TlsSans = engine.TlsSans(parse),
            };
            var creator = environment.Services.GetRequiredService<IHostCreator>();
            var view = new ProgressView(environment, environment.Services.GetRequiredService<TimeProvider>(), names);
            var created = await view.RunAsync(() => EachHost.RunAsync(
                names,
                parse.GetValue(parallel),
                (host, token) => creator.CreateAsync(template with { Name = host }, view, token),
                cancellationToken));
            foreach (var host in created)
            {
                environment.Out.WriteLine($"{host.Name} is running: {host.DockerUrl} (Docker {host.DockerVersion}). Use it with: eval \"$(hostpool env {host.Name})\"");
            }

            return (int)ExitCode.Success;
        });
        return command;
    }
}
