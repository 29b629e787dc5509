using System.CommandLine;
using HostPool.Cli.Commands;

namespace HostPool.Cli;

/// <summary>The hostpool command and its subcommands. Each command lives in its own file under Commands/.</summary>
internal static class CommandTree
{
    public static RootCommand Build(CliEnvironment environment)
    {
        var root = new RootCommand("hostpool: one pool of Docker hosts on any IaaS, and compose applications run on it.");
        root.Subcommands.Add(VersionCommand.Create(environment));
        root.Subcommands.Add(ConfigCommand.Create(environment));
        return root;
    }
}
