using HostPool.Compose.Mapping;
using HostPool.Compose.Merge;
using HostPool.Compose.Model;
using HostPool.Compose.Schema;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Tests.Support;

/// <summary>
/// Runs the pure part of loading on text in memory (parse, structure and schema checks, unicity, mapping), so that
/// property tests can load thousands of generated projects without touching the disk.
/// </summary>
internal static class InMemoryLoader
{
    public static ComposeProject Load(string yaml, string projectDirectory = "/srv/proj")
    {
        var diagnostics = new Diagnostics();
        var document = Assert.Single(YamlFileReader.Read(yaml, "memory.yaml", diagnostics));
        Assert.True(StructureChecker.Check(document, diagnostics), string.Join("\n", diagnostics.Errors));
        Assert.True(SchemaValidator.Validate(document, diagnostics), string.Join("\n", diagnostics.Errors));
        var root = (YMapping)ResetStripper.Strip(Unicity.EnforceOnProject(document));
        var context = new MappingContext("proj", projectDirectory, _ => null, new Dictionary<string, string?>(), new NodeReader(diagnostics));
        var project = ProjectMapper.Map(root, context);
        Assert.True(diagnostics.Errors.Count == 0, string.Join("\n", diagnostics.Errors));
        return project;
    }
}
