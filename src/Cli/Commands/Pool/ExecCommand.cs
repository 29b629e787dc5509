using System.CommandLine;
using HostPool.Pool.Operations;

namespace HostPool.Cli.Commands.Pool;

/// <summary>
/// <c>hostpool exec SERVICE[.N] -- COMMAND...</c>: runs a command in one replica through its engine's exec API,
/// streams its output and exits with the command's own exit code (as <c>hostpool ssh</c> does).
/// </summary>
internal static class ExecCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("exec", "Run a command in a replica (SERVICE or SERVICE.N, default replica 1) and exit with its exit code.");
        var scope = new ProjectScope().AddTo(command);
        var user = new Option<string?>("--user", "-u") { Description = "Run as this user (name or uid[:gid])." };
        var workdir = new Option<string?>("--workdir", "-w") { Description = "Run in this folder of the container." };
        var env = new Option<string[]>("--env", "-e") { Description = "Set KEY=VALUE for the command (repeatable).", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var replica = new Argument<string>("SERVICE[.N]") { Description = "The replica: SERVICE (replica 1) or SERVICE.N." };
        var words = new Argument<string[]>("COMMAND") { Description = "The command and its arguments (put -- before it when it has options).", Arity = ArgumentArity.OneOrMore };
        command.Options.Add(user);
        command.Options.Add(workdir);
        command.Options.Add(env);
        command.Arguments.Add(replica);
        command.Arguments.Add(words);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var address = ReplicaAddress.Parse(parse.GetValue(replica)!);
            var operations = PoolServices.Operations(environment);
            var replicas = await operations.FindAsync(parse.GetValue(scope.Project), [address.Service], parse.GetValue(scope.Pool), cancellationToken);
            var exec = new HostPool.Pool.Operations.ExecCommand(parse.GetValue(words) ?? [])
            {
                User = parse.GetValue(user),
                WorkingDirectory = parse.GetValue(workdir),
                Environment = parse.GetValue(env) ?? [],
            };
            await using var standardOutput = new TextWriterStream(environment.Out.Profile.Out.Writer);
            await using var standardError = new TextWriterStream(environment.Error);
            return await operations.ExecAsync(replicas, address, exec, standardOutput, standardError, cancellationToken);
        });
        return command;
    }
}
