using System.CommandLine;
using HostPool.Providers.Ssh;

namespace HostPool.Cli.Audit;

/// <summary>
/// The command line as the audit log keeps it: the value of every flag whose name contains token, secret,
/// password or key becomes <c>***</c> (<c>--x-token V</c>, <c>--x-token=V</c>, and a short alias of such a flag),
/// as does the value of a <c>KEY=VALUE</c> argument whose KEY does.
/// </summary>
internal static class CommandLineRedactor
{
    public const string Hidden = "***";

    private static readonly string[] SecretWords = ["token", "secret", "password", "key"];

    public static string Summarise(IReadOnlyList<string> args, Command command)
    {
        var words = new List<string> { "hostpool" };
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith('-') && arg.Length > 1)
            {
                var flag = equals > 0 ? arg[..equals] : arg;
                var option = FindOption(command, flag);
                if (!IsSecret(option?.Name ?? flag))
                {
                    words.Add(arg);
                }
                else if (equals > 0)
                {
                    words.Add($"{flag}={Hidden}");
                }
                else
                {
                    words.Add(arg);
                    if (i + 1 < args.Count && TakesValue(option, args[i + 1]))
                    {
                        words.Add(Hidden);
                        i++;
                    }
                }
            }
            else
            {
                words.Add(equals > 0 && IsSecret(arg[..equals]) ? $"{arg[..equals]}={Hidden}" : arg);
            }
        }

        return string.Join(' ', words.Select(w => w.All(IsPlain) ? w : ShellQuote.Quote(w)));
    }

    private static bool IsSecret(string name) =>
        SecretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the next word is the flag's value: unknown flags are assumed to take one; a bool flag only takes true/false.</summary>
    private static bool TakesValue(Option? option, string next) => option switch
    {
        null => true,
        { Arity.MaximumNumberOfValues: 0 } => false,
        _ when option.ValueType == typeof(bool) => next is "true" or "false",
        _ => true,
    };

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || "-_=.,:/@*+%".Contains(c);

    /// <summary>The option a flag names on the command or one of its parents, by name or alias.</summary>
    private static Option? FindOption(Command command, string flag)
    {
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            if (current.Options.FirstOrDefault(o => o.Name == flag || o.Aliases.Contains(flag)) is { } option)
            {
                return option;
            }
        }

        return null;
    }
}
