using CsCheck;
using HostPool.Compose.Interpolation;

namespace HostPool.Compose.Tests.Properties;

public sealed class InterpolationProperties
{
    private static readonly Gen<string> AnyText = Gen.String[Gen.Char["ab$ {}:-?+_9\\'\"\n"], 0, 30];
    private static readonly Gen<string> Names = Gen.String[Gen.Char["ABCXYZ_"], 1, 6];
    private static readonly Gen<string> Values = Gen.String[Gen.Char["abc123 /:-"], 0, 10];

    [Fact]
    public void Expand_EscapedText_GivesTheTextBack()
    {
        AnyText.Sample(text => Interpolator.Expand(text.Replace("$", "$$", StringComparison.Ordinal), _ => "unexpected") == text);
    }

    [Fact]
    public void Expand_DefaultOperators_FollowSetAndEmptyRules()
    {
        Gen.Select(Names, Gen.Select(Values, Gen.Bool).Select((v, set) => set ? v : null), Values).Sample((name, value, fallback) =>
        {
            string? Lookup(string n) => n == name ? value : null;
            var escaped = fallback.Replace("$", "$$", StringComparison.Ordinal);
            return Interpolator.Expand($"${{{name}:-{escaped}}}", Lookup) == (string.IsNullOrEmpty(value) ? fallback : value)
                && Interpolator.Expand($"${{{name}-{escaped}}}", Lookup) == (value ?? fallback)
                && Interpolator.Expand($"${{{name}:+{escaped}}}", Lookup) == (string.IsNullOrEmpty(value) ? string.Empty : fallback)
                && Interpolator.Expand($"${{{name}+{escaped}}}", Lookup) == (value is null ? string.Empty : fallback);
        });
    }

    [Fact]
    public void Expand_TemplateOfLiteralsAndVariables_ConcatenatesTheirValues()
    {
        var part = Gen.OneOf(
            Values.Select(v => (Template: v.Replace("$", "$$", StringComparison.Ordinal), Value: v)),
            Names.Select(n => (Template: "${" + n + "}", Value: "<" + n + ">")));
        part.Array[0, 8].Sample(parts =>
            Interpolator.Expand(string.Concat(parts.Select(p => p.Template)), n => "<" + n + ">") == string.Concat(parts.Select(p => p.Value)));
    }

    [Fact]
    public void Expand_RequiredVariableUnset_FailsNamingIt()
    {
        Gen.Select(Names, Values).Sample((name, message) =>
        {
            var exception = Assert.Throws<TemplateException>(() => Interpolator.Expand($"${{{name}:?{message}}}", _ => null));
            Assert.Contains($"required variable {name} is missing a value", exception.Message, StringComparison.Ordinal);
        });
    }
}
