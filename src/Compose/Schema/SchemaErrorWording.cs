using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace HostPool.Compose.Schema;

/// <summary>
/// Turns NJsonSchema errors into compose-style sentences. For a <c>oneOf</c> whose branches all expect another
/// type it says which types are allowed; otherwise it reports the errors of the branch the value's type matched.
/// </summary>
internal static class SchemaErrorWording
{
    public static IEnumerable<(JToken? Token, string Message, string? Property)> Describe(ValidationError error)
    {
        switch (error)
        {
            case MultiTypeValidationError multi:
                yield return (error.Token, "must be " + Types(multi.Errors.Keys, sorted: true), null);
                yield break;
            case ChildSchemaValidationError child when error.Kind is ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotAllOf:
                foreach (var described in DescribeBranches(child))
                {
                    yield return described;
                }

                yield break;
            case ChildSchemaValidationError nested when nested.Errors.Values.Any(v => v.Count > 0):
                foreach (var inner in nested.Errors.Values.SelectMany(v => v))
                {
                    foreach (var described in Describe(inner))
                    {
                        yield return described;
                    }
                }

                yield break;
        }

        yield return error.Kind switch
        {
            ValidationErrorKind.NoAdditionalPropertiesAllowed => (error.Token, $"additional properties '{error.Property}' not allowed", error.Property),
            ValidationErrorKind.PropertyRequired => (error.Token, $"missing property '{error.Property}'", null),
            ValidationErrorKind.NotInEnumeration => (error.Token, "must be one of: " + string.Join(", ", error.Schema?.ActualSchema.Enumeration.Select(e => e?.ToString() ?? "null") ?? []), null),
            ValidationErrorKind.NumberTooSmall => (error.Token, $"must be greater than or equal to {error.Schema?.ActualSchema.Minimum}", null),
            ValidationErrorKind.NumberTooBig => (error.Token, $"must be less than or equal to {error.Schema?.ActualSchema.Maximum}", null),
            ValidationErrorKind.ItemsNotUnique => (error.Token, "must not contain the same item twice", null),
            ValidationErrorKind.PatternMismatch => (error.Token, $"does not match the pattern {error.Schema?.ActualSchema.Pattern}", null),
            ValidationErrorKind.StringTooShort => (error.Token, "must not be empty", null),
            ValidationErrorKind.TooFewItems => (error.Token, $"must have at least {error.Schema?.ActualSchema.MinItems} items", null),
            ValidationErrorKind.TooFewProperties => (error.Token, "must not be empty", null),
            _ when ExpectedType(error.Kind) is { } type => (error.Token, "must be " + Types([type], sorted: true), null),
            _ => (error.Token, $"is not valid ({error.Kind})", error.Property),
        };
    }

    private static IEnumerable<(JToken? Token, string Message, string? Property)> DescribeBranches(ChildSchemaValidationError child)
    {
        var branches = child.Errors.Values.ToList();
        if (branches.Any(b => b.Count == 0))
        {
            yield return (child.Token, "matches more than one allowed form; use only one", null);
            yield break;
        }

        var typed = branches.Where(b => RootTypes(b, child.Token) is null).ToList();
        if (typed.Count == 0)
        {
            var types = branches.SelectMany(b => RootTypes(b, child.Token)!).Distinct();
            yield return (child.Token, "must be " + Types(types, sorted: false), null);
            yield break;
        }

        var best = typed.OrderBy(b => b.Count).First();
        foreach (var error in best)
        {
            foreach (var described in Describe(error))
            {
                yield return described;
            }
        }
    }

    /// <summary>The types a branch expected when it failed only because the value at <paramref name="token"/> has another type; else null.</summary>
    private static IReadOnlyList<JsonObjectType>? RootTypes(ICollection<ValidationError> branch, JToken? token)
    {
        if (branch.Count != 1)
        {
            return null;
        }

        var error = branch.First();
        if (!ReferenceEquals(error.Token, token))
        {
            return null;
        }

        return error switch
        {
            MultiTypeValidationError multi => multi.Errors.Keys.ToList(),
            ChildSchemaValidationError nested when nested.Kind is ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf
                => nested.Errors.Values.All(b => RootTypes(b, token) is not null) ? nested.Errors.Values.SelectMany(b => RootTypes(b, token)!).ToList() : null,
            _ => ExpectedType(error.Kind) is { } type ? [type] : null,
        };
    }

    private static JsonObjectType? ExpectedType(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.StringExpected => JsonObjectType.String,
        ValidationErrorKind.NumberExpected => JsonObjectType.Number,
        ValidationErrorKind.IntegerExpected => JsonObjectType.Integer,
        ValidationErrorKind.BooleanExpected => JsonObjectType.Boolean,
        ValidationErrorKind.ObjectExpected => JsonObjectType.Object,
        ValidationErrorKind.ArrayExpected => JsonObjectType.Array,
        ValidationErrorKind.NullExpected => JsonObjectType.Null,
        _ => null,
    };

    /// <summary>
    /// "a mapping or list": the allowed types, alphabetically within one <c>type</c> list (as compose-go words it),
    /// in the schema's order across <c>oneOf</c> branches (so the preferred form comes first).
    /// </summary>
    private static string Types(IEnumerable<JsonObjectType> types, bool sorted)
    {
        var distinct = types.SelectMany(Split).Select(Name).Distinct();
        var names = (sorted ? distinct.Order(StringComparer.Ordinal) : distinct).ToList();
        var joined = names.Count switch
        {
            0 => "another type",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1],
        };
        return (joined.Length > 0 && "aeiou".Contains(joined[0]) ? "an " : "a ") + joined;
    }

    private static IEnumerable<JsonObjectType> Split(JsonObjectType type)
        => Enum.GetValues<JsonObjectType>().Where(t => t != JsonObjectType.None && type.HasFlag(t));

    private static string Name(JsonObjectType type) => type switch
    {
        JsonObjectType.Object => "mapping",
        JsonObjectType.Array => "list",
        _ => type.ToString().ToLowerInvariant(),
    };
}
