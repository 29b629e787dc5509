using System.CommandLine;
using HostPool.Cli.Commands;
using HostPool.Cli.Commands.Hosts;
using HostPool.Cli.Commands.Pool;

namespace HostPool.Cli;

/// <summary>The hostpool command and its subcommands. Each command lives in its own file under Commands/.</summary>
internal static class CommandTree
{
    public static RootCommand Build(CliEnvironment environment)
    {
        var root = new RootCommand("hostpool: one pool of Docker hosts on any IaaS, and compose applications run on it.");
        foreach (var command in HostCommands(environment))
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(VersionCommand.Create(environment));
        root.Subcommands.Add(ConfigCommand.Create(environment));
        root.Subcommands.Add(AuditCommand.Create(environment));
        foreach (var command in PoolCommands.All(environment))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static IEnumerable<Command> HostCommands(CliEnvironment environment) =>
    [
        CreateCommand.Create(environment),
        LsCommand.Create(environment),
        InspectCommand.Create(environment),
        HostFieldCommand.Ip(environment),
        HostFieldCommand.Url(environment),
        StatusCommand.Create(environment),
        EnvCommand.Create(environment),
        SshCommand.Create(environment),
        ScpCommand.Create(environment),
        PowerCommands.Start(environment),
        PowerCommands.Stop(environment),
        PowerCommands.Kill(environment),
        PowerCommands.Provision(environment),
        PowerCommands.RegenerateCerts(environment),
        RmCommand.Create(environment),
        GcCommand.Create(environment),
    ];
}
