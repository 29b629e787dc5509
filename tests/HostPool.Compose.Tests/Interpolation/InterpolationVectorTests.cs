using HostPool.Compose.Interpolation;
using HostPool.Compose.Tests.Support;

namespace HostPool.Compose.Tests.Interpolation;

/// <summary>Every interpolation vector, through the interpolator and through a whole compose load.</summary>
public sealed class InterpolationVectorTests
{
    public static TheoryData<string> Templates() => new(InterpolationVectors.Load().Cases.Select(c => c.Template));

    [Theory]
    [MemberData(nameof(Templates))]
    public void Expand_Vector_GivesExpectedValueOrError(string template)
    {
        var vectors = InterpolationVectors.Load();
        var vector = vectors.Cases.First(c => c.Template == template);
        var unset = new List<string>();
        string? Lookup(string name) => vectors.Environment.GetValueOrDefault(name);

        if (vector.ErrorContains is { } error)
        {
            var exception = Assert.Throws<TemplateException>(() => Interpolator.Expand(template, Lookup, unset));
            Assert.Contains(error, exception.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(vector.Expected, Interpolator.Expand(template, Lookup, unset));
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task LoadAsync_VectorAsComposeValue_GivesExpectedValueOrError(string template)
    {
        var vectors = InterpolationVectors.Load();
        var vector = vectors.Cases.First(c => c.Template == template);
        using var project = new TempProject();
        var text = $"name: vectors\nservices:\n  app:\n    image: alpine\nx-value: '{template.Replace("'", "''", StringComparison.Ordinal)}'\n";

        if (vector.ErrorContains is { } error)
        {
            var exception = await Assert.ThrowsAsync<ComposeValidationException>(() => project.LoadAsync(text, vectors.Environment));
            var diagnostic = Assert.Single(exception.Diagnostics);
            Assert.Contains(error, diagnostic.Message, StringComparison.Ordinal);
            Assert.Equal(("x-value", 5), (diagnostic.Path, diagnostic.Line));
        }
        else
        {
            var result = await project.LoadAsync(text, vectors.Environment);
            Assert.Equal(vector.Expected, result.Project.Extensions["x-value"]);
        }
    }

    [Fact]
    public async Task LoadAsync_UnsetVariable_WarnsWithFileLineAndPath()
    {
        using var project = new TempProject();

        var result = await project.LoadAsync("name: p\nservices:\n  app:\n    image: \"alpine:${TAG}\"\n");

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("services.app.image", 4), (warning.Path, warning.Line));
        Assert.Contains("\"TAG\" variable is not set", warning.Message, StringComparison.Ordinal);
        Assert.Equal("alpine:", result.Project.Services["app"].Image);
    }
}
