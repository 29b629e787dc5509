using HostPool.Compose.Model;
using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Mapping;

/// <summary>
/// Turns a loaded compose project into what the scheduler places (see the table in docs/scheduler.md).
/// Services a pool cannot run (no image, jobs) are refused here, all of them in one message.
/// </summary>
public static class ProjectDemandMapper
{
    /// <exception cref="InvalidInputException">A service cannot run on a pool, or its <c>x-hostpool</c> settings are malformed.</exception>
    public static ProjectDemand Map(ComposeProject project)
    {
        var problems = new List<string>();
        var services = new List<ServiceDemand>();
        foreach (var service in project.Services.Values)
        {
            try
            {
                services.Add(ServiceDemandMapper.Map(service));
            }
            catch (InvalidInputException error)
            {
                problems.Add(error.Message);
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(
                $"Project '{project.Name}' cannot be placed on a pool:\n  - {string.Join("\n  - ", problems)}");
        }

        return new ProjectDemand(project.Name, services);
    }
}
