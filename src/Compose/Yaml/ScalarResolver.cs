using System.Globalization;

namespace HostPool.Compose.Yaml;

/// <summary>
/// Resolves plain scalars the way compose does (YAML 1.2 core schema as go-yaml v3 reads it): null, true/false,
/// integers (decimal, 0x, 0o, and a leading 0 as octal) and floats. Quoted scalars, and YAML 1.1 words such as
/// <c>yes</c>/<c>no</c>/<c>on</c>, stay strings.
/// </summary>
internal static class ScalarResolver
{
    public static ScalarValue Resolve(YScalar scalar)
    {
        if (!scalar.IsPlain || scalar.Tag == YTags.String || scalar.Tag == "!!str")
        {
            return new ScalarValue(ScalarKind.String, scalar.Value);
        }

        return ResolvePlain(scalar.Value);
    }

    public static ScalarValue ResolvePlain(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return new ScalarValue(ScalarKind.Null, null);
            case "true" or "True" or "TRUE":
                return new ScalarValue(ScalarKind.Bool, true);
            case "false" or "False" or "FALSE":
                return new ScalarValue(ScalarKind.Bool, false);
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return new ScalarValue(ScalarKind.Float, double.PositiveInfinity);
            case "-.inf" or "-.Inf" or "-.INF":
                return new ScalarValue(ScalarKind.Float, double.NegativeInfinity);
            case ".nan" or ".NaN" or ".NAN":
                return new ScalarValue(ScalarKind.Float, double.NaN);
        }

        var first = text[0];
        if (!char.IsAsciiDigit(first) && first is not ('-' or '+' or '.'))
        {
            return new ScalarValue(ScalarKind.String, text);
        }

        if (TryParseInteger(text, out var integer))
        {
            return new ScalarValue(ScalarKind.Int, integer);
        }

        if (IsFloatSyntax(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return new ScalarValue(ScalarKind.Float, real);
        }

        return new ScalarValue(ScalarKind.String, text);
    }

    public static bool TryParseInteger(string text, out long value)
    {
        value = 0;
        var span = text.AsSpan();
        var negative = false;
        if (span.Length > 0 && span[0] is '-' or '+')
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        if (span.Length == 0)
        {
            return false;
        }

        var radix = 10;
        if (span.Length > 2 && span[0] == '0' && span[1] is 'x' or 'X')
        {
            radix = 16;
            span = span[2..];
        }
        else if (span.Length > 2 && span[0] == '0' && span[1] is 'o' or 'O')
        {
            radix = 8;
            span = span[2..];
        }
        else if (span.Length > 1 && span[0] == '0')
        {
            radix = 8;
            span = span[1..];
        }

        ulong result = 0;
        foreach (var c in span)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix)
            {
                return false;
            }

            result = checked((result * (ulong)radix) + (ulong)digit);
            if (result > long.MaxValue)
            {
                return false;
            }
        }

        value = negative ? -(long)result : (long)result;
        return true;
    }

    private static bool IsFloatSyntax(string text)
    {
        var seenDigit = false;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                seenDigit = true;
            }
            else if (c is not ('.' or 'e' or 'E' or '-' or '+'))
            {
                return false;
            }
        }

        return seenDigit;
    }
}
