using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>Values written into SiteGen's YAML: plain when YAML reads them back as the same text, else double-quoted.</summary>
internal static partial class YamlText
{
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} .,;()’'«»?!/_+-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();

    [GeneratedRegex(@"^(?:true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.:eE+-]*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Typed();

    [GeneratedRegex(@"^/[\p{L}\p{N}._~/-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainPath();

    public static string Scalar(string value)
    {
        if (PlainPath().IsMatch(value)) return value;
        if (value.Length > 0 && Plain().IsMatch(value) && !Typed().IsMatch(value) && !value.EndsWith(' ') && !value.Contains(" #", StringComparison.Ordinal)
            && !value.Contains(": ", StringComparison.Ordinal) && !value.EndsWith(':'))
            return value;
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>A date as written (2018-03-09 09:00:00 -0400), which SiteGen reads; quoted only if it is something else.</summary>
    public static string Date(string value) => Regex.IsMatch(value, @"^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9:.]+)?( ?(Z|z|[+-][0-9:]+))?$") ? value : Scalar(value);

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Scalar)) + "]";
}
