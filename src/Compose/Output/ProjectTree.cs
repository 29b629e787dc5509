using HostPool.Compose.Mapping;
using HostPool.Compose.Model;

namespace HostPool.Compose.Output;

/// <summary>
/// The canonical plain-data form of a project, with compose attribute names, sorted keys and normalised values
/// (bytes as integers, durations as Go-style strings, every short syntax in long form). What <c>config</c> prints.
/// </summary>
internal static class ProjectTree
{
    public static IReadOnlyDictionary<string, object?> Build(ComposeProject project)
    {
        var root = new TreeBuilder()
            .Add("name", project.Name)
            .Add("services", Each(project.Services, ServiceTree.Build))
            .Add("networks", Each(project.Networks, Network))
            .Add("volumes", Each(project.Volumes, Volume))
            .Add("secrets", Each(project.Secrets, FileObject))
            .Add("configs", Each(project.Configs, FileObject))
            .AddAll(project.Extensions);
        return root.Values;
    }

    internal static TreeBuilder? Each<T>(IReadOnlyDictionary<string, T> items, Func<T, object?> build)
    {
        var builder = new TreeBuilder();
        foreach (var (key, value) in items)
        {
            builder.Keep(key, build(value));
        }

        return builder;
    }

    internal static string? Duration(TimeSpan? value) => value is { } v ? DurationFormatter.Format(v) : null;

    internal static IReadOnlyDictionary<string, object?> Strings<T>(IReadOnlyDictionary<string, T> values)
        => values.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal).AsReadOnly();

    private static TreeBuilder Network(ComposeNetwork n) => new TreeBuilder()
        .Add("name", n.Name)
        .Add("driver", n.Driver)
        .Add("driver_opts", Strings(n.DriverOpts))
        .AddFlag("external", n.External)
        .AddFlag("internal", n.Internal)
        .AddFlag("attachable", n.Attachable)
        .Add("enable_ipv6", n.EnableIpv6)
        .Add("ipam", n.Ipam)
        .Add("labels", Strings(n.Labels))
        .AddAll(n.Extensions);

    private static TreeBuilder Volume(ComposeVolume v) => new TreeBuilder()
        .Add("name", v.Name)
        .Add("driver", v.Driver)
        .Add("driver_opts", Strings(v.DriverOpts))
        .AddFlag("external", v.External)
        .Add("labels", Strings(v.Labels))
        .AddAll(v.Extensions);

    private static TreeBuilder FileObject(ComposeFileObject o) => new TreeBuilder()
        .Add("name", o.Name)
        .Add("file", o.File)
        .Add("environment", o.Environment)
        .Add("content", o.Content)
        .AddFlag("external", o.External)
        .Add("driver", o.Driver)
        .Add("template_driver", o.TemplateDriver)
        .Add("labels", Strings(o.Labels))
        .AddAll(o.Extensions);
}
