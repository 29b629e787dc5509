using System.CommandLine;
using HostPool.Cli.Rendering;
using HostPool.Providers.Hosts;
using HostPool.Providers.Model;
using HostPool.Providers.Ssh;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HostPool.Cli.Commands.Hosts;

/// <summary>
/// start, stop, kill and provision: one lifecycle operation on several hosts in parallel. <c>restart</c> is shared
/// with services (see <see cref="Pool.RestartCommand"/>), which calls <see cref="RestartHostsAsync"/> for hosts.
/// </summary>
internal static class PowerCommands
{
    public static Command Start(CliEnvironment environment) => Create(environment, "start", "Start stopped hosts; the engine comes back and certificates follow a changed address.",
        (lifecycle, name, progress, token) => lifecycle.StartAsync(name, progress, token));

    public static Command Stop(CliEnvironment environment) => Create(environment, "stop", "Stop hosts gracefully.",
        (lifecycle, name, _, token) => lifecycle.StopAsync(name, token));

    /// <summary>Restarts hosts and makes sure their engines answer.</summary>
    public static Task<int> RestartHostsAsync(CliEnvironment environment, string[] hosts, CancellationToken cancellationToken) =>
        RunAsync(environment, hosts, (lifecycle, name, progress, token) => lifecycle.RestartAsync(name, progress, token), before: null, cancellationToken);

    public static Command Kill(CliEnvironment environment) => Create(environment, "kill", "Stop hosts at once, without a graceful shutdown.",
        (lifecycle, name, _, token) => lifecycle.KillAsync(name, token));

    public static Command Provision(CliEnvironment environment)
    {
        var acceptNewHostKey = new Option<bool>("--accept-new-host-key")
        {
            Description = "Forget the pinned SSH host key first and pin the one the host shows now (only after rebuilding the machine on purpose).",
        };
        var command = Create(environment, "provision", "Provision hosts again (idempotent): Docker, certificates, daemon configuration.",
            (lifecycle, name, progress, token) => lifecycle.ProvisionAsync(name, regenerateCertificates: false, progress, token),
            async (parse, name, token) =>
            {
                if (parse.GetValue(acceptNewHostKey))
                {
                    await environment.Services.GetRequiredService<IHostKeyPins>().ForgetAsync(name, token);
                }
            });
        command.Options.Add(acceptNewHostKey);
        return command;
    }

    public static Command RegenerateCerts(CliEnvironment environment) => Create(environment, "regenerate-certs", "Issue new server certificates for hosts and restart their engines (done by itself when a host's address changes).",
        (lifecycle, name, progress, token) => lifecycle.ProvisionAsync(name, regenerateCertificates: true, progress, token));

    private static Command Create(
        CliEnvironment environment,
        string verb,
        string description,
        Func<IHostLifecycle, string, IProgress<HostProgress>, CancellationToken, Task<HostRecord>> operation,
        Func<ParseResult, string, CancellationToken, Task>? before = null)
    {
        var names = HostArguments.Names(verb);
        var command = new Command(verb, description);
        command.Arguments.Add(names);
        command.SetAction((parse, cancellationToken) => RunAsync(
            environment,
            parse.GetValue(names)!,
            operation,
            before is null ? null : (name, token) => before(parse, name, token),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliEnvironment environment,
        string[] hosts,
        Func<IHostLifecycle, string, IProgress<HostProgress>, CancellationToken, Task<HostRecord>> operation,
        Func<string, CancellationToken, Task>? before,
        CancellationToken cancellationToken)
    {
        var lifecycle = environment.Services.GetRequiredService<IHostLifecycle>();
        var view = new ProgressView(environment, environment.Services.GetRequiredService<TimeProvider>(), hosts);
        var done = await view.RunAsync(() => EachHost.RunAsync(
            hosts,
            EachHost.DefaultParallelism,
            async (name, token) =>
            {
                await (before?.Invoke(name, token) ?? Task.CompletedTask);
                return await operation(lifecycle, name, view, token);
            },
            cancellationToken));
        foreach (var host in done)
        {
            environment.Out.WriteLine($"{host.Name}: {host.State.ToString().ToLowerInvariant()}");
        }

        return (int)ExitCode.Success;
    }
}
