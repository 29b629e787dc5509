using System.CommandLine;
using HostPool.Providers.Drivers;

namespace HostPool.Cli.Commands.Hosts;

/// <summary>Every driver's own flags as options of `create`; only the chosen driver's may be used.</summary>
internal sealed class DriverFlagOptions
{
    private readonly List<(IHostDriver Driver, DriverFlag Flag, Option<string[]> Option)> _options = [];

    public DriverFlagOptions(IEnumerable<IHostDriver> drivers)
    {
        foreach (var driver in drivers)
        {
            foreach (var flag in driver.Flags)
            {
                var description = flag.Description
                    + (flag.DefaultValue is null ? string.Empty : $" Default: {flag.DefaultValue}.")
                    + (flag.EnvironmentVariable is null ? string.Empty : $" Environment: {flag.EnvironmentVariable}.");
                _options.Add((driver, flag, new Option<string[]>("--" + flag.Name)
                {
                    Description = $"[{driver.Name}] {description}",
                    Arity = ArgumentArity.OneOrMore,
                    AllowMultipleArgumentsPerToken = false,
                }));
            }
        }
    }

    public void AddTo(Command command)
    {
        foreach (var (_, _, option) in _options)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The chosen driver's flag values (given, or from their environment variable).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ValuesFor(IHostDriver chosen, ParseResult parse)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (driver, flag, option) in _options)
        {
            var given = parse.GetResult(option) is { Implicit: false } ? parse.GetValue(option) ?? [] : [];
            if (driver != chosen)
            {
                if (given.Length > 0 && !chosen.Flags.Any(f => f.Name == flag.Name))
                {
                    throw new UsageException($"--{flag.Name} belongs to the {driver.Name} driver, not {chosen.Name}. Remove it or use --driver {driver.Name}.");
                }

                continue;
            }

            if (given.Length > 1 && !flag.IsMultiValue)
            {
                throw new UsageException($"--{flag.Name} takes one value; it was given {given.Length} times.");
            }

            if (given.Length > 0)
            {
                values[flag.Name] = given;
            }
            else if (flag.EnvironmentVariable is not null && Environment.GetEnvironmentVariable(flag.EnvironmentVariable) is { Length: > 0 } fromEnvironment)
            {
                values[flag.Name] = [fromEnvironment];
            }
        }

        return values;
    }
}
