using System.Globalization;
using HostPool.Compose.Model;

namespace HostPool.Pool.Deploy;

/// <summary>
/// Reads the secrets and configs a service is given from the client (file, environment variable or inline
/// content) into the files that are put into each replica before it starts: never a bind of a client path.
/// Secrets land under /run/secrets (default mode 0444, as compose), configs at /NAME unless a target is given.
/// </summary>
internal static class ContainerFiles
{
    private const int DefaultMode = 0x124; // 0444

    public static IReadOnlyList<ContainerFile> Of(ComposeProject project, ComposeService service, Func<string, string?> environment) =>
    [
        .. service.Secrets.Select(m => Read("secret", project.Secrets, m, environment, target => target.StartsWith('/') ? target : $"/run/secrets/{target}")),
        .. service.Configs.Select(m => Read("config", project.Configs, m, environment, target => target.StartsWith('/') ? target : $"/{target}")),
    ];

    private static ContainerFile Read(
        string kind, IReadOnlyDictionary<string, ComposeFileObject> declared, ServiceFileMount mount, Func<string, string?> environment, Func<string, string> place)
    {
        if (!declared.TryGetValue(mount.Source, out var source))
        {
            throw new InvalidInputException($"{kind} '{mount.Source}' is used by a service but not declared under top-level {kind}s; declare it there");
        }

        var content = source switch
        {
            { External: true } => throw new InvalidInputException(
                $"{kind} '{mount.Source}' is external: hostpool carries {kind} contents from this machine to the hosts, so give it a `file`, `environment` or `content` instead"),
            { File: { } file } => File.Exists(file)
                ? File.ReadAllBytes(file)
                : throw new NotFoundException($"{kind} '{mount.Source}' reads file {file}, which does not exist; create it or fix the path"),
            { Environment: { } variable } => environment(variable) is { } value
                ? System.Text.Encoding.UTF8.GetBytes(value)
                : throw new InvalidInputException($"{kind} '{mount.Source}' reads environment variable {variable}, which is not set; set it and deploy again"),
            { Content: { } inline } => System.Text.Encoding.UTF8.GetBytes(inline),
            _ => throw new InvalidInputException($"{kind} '{mount.Source}' has no file, environment or content; give it one"),
        };
        return new ContainerFile(place(mount.Target ?? mount.Source), content, mount.Mode ?? DefaultMode, Id(mount.Uid), Id(mount.Gid));
    }

    private static int Id(string? text) =>
        text is null ? 0 : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
            : throw new InvalidInputException($"uid/gid '{text}' of a secret or config is not a number; give the numeric id");
}
