using System.Text;

namespace HostPool.Compose.Interpolation;

/// <summary>
/// Expands compose variable references: <c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-default}</c>, <c>${VAR-default}</c>,
/// <c>${VAR:?message}</c>, <c>${VAR?message}</c>, <c>${VAR:+replacement}</c>, <c>${VAR+replacement}</c>, nested
/// templates in defaults, and <c>$$</c> for a literal dollar. A dollar followed by anything else is kept.
/// </summary>
internal static class Interpolator
{
    /// <summary>Expands <paramref name="template"/>; <paramref name="unset"/> receives variables used without a value or default.</summary>
    public static string Expand(string template, Func<string, string?> lookup, ICollection<string>? unset = null)
    {
        if (!template.Contains('$'))
        {
            return template;
        }

        var output = new StringBuilder(template.Length);
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c != '$' || i + 1 >= template.Length)
            {
                output.Append(c);
                i++;
                continue;
            }

            var next = template[i + 1];
            if (next == '$')
            {
                output.Append('$');
                i += 2;
            }
            else if (next == '{')
            {
                var end = FindClosingBrace(template, i + 2);
                if (end < 0)
                {
                    throw new TemplateException($"Invalid template: \"{template}\": a '${{' has no closing '}}'");
                }

                output.Append(ExpandBraced(template, template.AsSpan(i + 2, end - i - 2).ToString(), lookup, unset));
                i = end + 1;
            }
            else if (IsNameStart(next))
            {
                var start = i + 1;
                var stop = start;
                while (stop < template.Length && IsNameChar(template[stop]))
                {
                    stop++;
                }

                var name = template[start..stop];
                output.Append(Lookup(name, lookup, unset));
                i = stop;
            }
            else
            {
                output.Append('$');
                i++;
            }
        }

        return output.ToString();
    }

    private static string ExpandBraced(string template, string body, Func<string, string?> lookup, ICollection<string>? unset)
    {
        var nameEnd = 0;
        while (nameEnd < body.Length && IsNameChar(body[nameEnd]))
        {
            nameEnd++;
        }

        var name = body[..nameEnd];
        if (name.Length == 0 || !IsNameStart(name[0]))
        {
            throw new TemplateException($"Invalid template: \"{template}\"");
        }

        if (nameEnd == body.Length)
        {
            return Lookup(name, lookup, unset);
        }

        var rest = body[nameEnd..];
        var colon = rest.StartsWith(':');
        var op = colon ? (rest.Length > 1 ? rest[1] : '\0') : rest[0];
        if (op is not ('-' or '?' or '+'))
        {
            throw new TemplateException($"Invalid template: \"{template}\"");
        }

        var argument = rest[(colon ? 2 : 1)..];
        var value = lookup(name);
        var missing = colon ? string.IsNullOrEmpty(value) : value is null;
        switch (op)
        {
            case '-':
                return missing ? Expand(argument, lookup, unset) : value!;
            case '+':
                return missing ? string.Empty : Expand(argument, lookup, unset);
            default:
                if (!missing)
                {
                    return value!;
                }

                var message = Expand(argument, lookup, unset);
                throw new TemplateException(message.Length == 0
                    ? $"required variable {name} is missing a value"
                    : $"required variable {name} is missing a value: {message}");
        }
    }

    private static string Lookup(string name, Func<string, string?> lookup, ICollection<string>? unset)
    {
        var value = lookup(name);
        if (value is null)
        {
            unset?.Add(name);
        }

        return value ?? string.Empty;
    }

    private static int FindClosingBrace(string template, int from)
    {
        var depth = 0;
        for (var i = from; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '$' && i + 1 < template.Length)
            {
                if (template[i + 1] == '$')
                {
                    i++;
                    continue;
                }

                if (template[i + 1] == '{')
                {
                    depth++;
                    i++;
                    continue;
                }
            }

            if (c == '}')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
        }

        return -1;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
