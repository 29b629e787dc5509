using System.CommandLine;

namespace HostPool.Cli.Commands.Hosts;

/// <summary>The host-name arguments shared by the host commands.</summary>
internal static class HostArguments
{
    public static Argument<string[]> Names(string what) => new("names")
    {
        Description = $"One or more host names; {what} runs on all of them in parallel.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Argument<string> Name() => new("name") { Description = "The host's name." };
}
