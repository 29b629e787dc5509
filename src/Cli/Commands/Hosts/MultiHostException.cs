namespace HostPool.Cli.Commands.Hosts;

/// <summary>Several hosts of one command failed; the message has one line per host.</summary>
internal sealed class MultiHostException(IReadOnlyList<(string Host, HostPoolException Error)> failures, int total)
    : HostPoolException(Describe(failures, total), ExitCodeFor(failures, total))
{
    private static string Describe(IReadOnlyList<(string Host, HostPoolException Error)> failures, int total) =>
        $"{failures.Count} of {total} hosts failed:" + Environment.NewLine +
        string.Join(Environment.NewLine, failures.Select(f => $"  {f.Host}: {f.Error.Message}"));

    private static ExitCode ExitCodeFor(IReadOnlyList<(string Host, HostPoolException Error)> failures, int total)
    {
        if (failures.Count < total)
        {
            return ExitCode.PartialFailure;
        }

        var codes = failures.Select(f => f.Error.ExitCode).Distinct().ToList();
        return codes.Count == 1 ? codes[0] : ExitCode.Failure;
    }
}
