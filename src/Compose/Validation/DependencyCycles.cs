using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Validation;

/// <summary>Finds <c>depends_on</c> cycles (services visited in name order, so the reported cycle is stable).</summary>
internal static class DependencyCycles
{
    public static void Check(ComposeProject project, TreeMarks marks, Diagnostics diagnostics)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in project.Services.Keys.Order(StringComparer.Ordinal))
        {
            Visit(name, [], project, done, reported, marks, diagnostics);
        }
    }

    private static void Visit(string name, List<string> stack, ComposeProject project, HashSet<string> done, HashSet<string> reported, TreeMarks marks, Diagnostics diagnostics)
    {
        var at = stack.IndexOf(name);
        if (at >= 0)
        {
            var cycle = stack.Skip(at).Append(name).ToList();
            if (reported.Add(string.Join(",", cycle.Skip(1).Order(StringComparer.Ordinal))))
            {
                var path = YPath.Root.Key("services").Key(cycle[0]).Key("depends_on");
                diagnostics.Error(marks.Of(path), path, $"dependency cycle detected: {string.Join(" -> ", cycle)}; remove one of these depends_on entries");
            }

            return;
        }

        if (done.Contains(name) || !project.Services.TryGetValue(name, out var service))
        {
            return;
        }

        stack.Add(name);
        foreach (var dependency in service.DependsOn.Keys.Order(StringComparer.Ordinal))
        {
            Visit(dependency, stack, project, done, reported, marks, diagnostics);
        }

        stack.RemoveAt(stack.Count - 1);
        done.Add(name);
    }
}
