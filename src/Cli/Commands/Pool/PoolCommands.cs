using System.CommandLine;

namespace HostPool.Cli.Commands.Pool;

/// <summary>The commands that place and run compose projects on the pool, and manage pool membership.</summary>
internal static class PoolCommands
{
    public static IEnumerable<Command> All(CliEnvironment environment) =>
    [
        PlanCommand.Create(environment),
        PoolCommand.Create(environment),
        DrainCommand.Drain(environment),
        DrainCommand.Undrain(environment),
        DeployCommand.Create(environment),
        PsCommand.Create(environment),
        DownCommand.Create(environment),
        RollbackCommand.Create(environment),
        ScaleCommand.Create(environment),
        LogsCommand.Create(environment),
        ExecCommand.Create(environment),
        RestartCommand.Create(environment),
        TopCommand.Create(environment),
        ImageCommand.Create(environment),
        LockCommand.Create(environment),
    ];
}
