using System.CommandLine;
using System.Reflection;
using Spectre.Console;

namespace HostPool.Cli.Commands;

internal static class VersionCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("version", "Print the version of hostpool.");
        command.SetAction(_ =>
        {
            var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            environment.Out.WriteLine($"hostpool {version.Split('+')[0]}");
            return (int)ExitCode.Success;
        });
        return command;
    }
}
