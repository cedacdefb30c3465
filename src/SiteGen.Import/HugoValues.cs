using System.Globalization;
using System.Text.Json;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Import;

/// <summary>
/// Front matter and configuration of YAML, TOML or JSON as one tree: texts as they were written
/// (dates included, so they are carried as written), lists and tables.
/// </summary>
/// <summary>Tomlyn's source-generated reader of a TOML table: no reflection, so sitegen can be compiled ahead of time.</summary>
[Tomlyn.Serialization.TomlSerializable(typeof(TomlTable))]
internal sealed partial class HugoToml : Tomlyn.Serialization.TomlSerializerContext;

internal static class HugoValues
{

    public static Dictionary<string, object?> FromToml(string text) => Table(Tomlyn.TomlSerializer.Deserialize<TomlTable>(text, HugoToml.Default)!);

    public static Dictionary<string, object?> FromJson(string text)
    {
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.ValueKind == JsonValueKind.Object ? (Dictionary<string, object?>)Json(document.RootElement)! : [];
    }

    public static Dictionary<string, object?> FromYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root ? (Dictionary<string, object?>)Yaml(root)! : [];
    }

    /// <summary>A text of the tree, case-insensitive on the key as Hugo is; null when absent or not a text.</summary>
    public static string? Text(this IReadOnlyDictionary<string, object?> values, string key) => Find(values, key) as string;

    public static object? Find(this IReadOnlyDictionary<string, object?> values, string key)
    {
        foreach (var (name, value) in values)
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase)) return value;
        return null;
    }

    /// <summary>A list of texts (a single text is a list of one).</summary>
    public static List<string> Texts(this IReadOnlyDictionary<string, object?> values, string key) => Find(values, key) switch
    {
        string one when one.Trim().Length > 0 => [one.Trim()],
        List<object?> many => many.OfType<string>().Select(s => s.Trim()).Where(s => s.Length > 0).ToList(),
        _ => [],
    };

    public static Dictionary<string, object?>? Table(this IReadOnlyDictionary<string, object?> values, string key) => Find(values, key) as Dictionary<string, object?>;

    private static Dictionary<string, object?> Table(TomlTable table) => table.ToDictionary(e => e.Key, e => Toml(e.Value), StringComparer.Ordinal);

    private static object? Toml(object? value) => value switch
    {
        TomlTable table => Table(table),
        TomlTableArray tables => tables.Select(t => (object?)Table(t)).ToList(),
        TomlArray array => array.Select(Toml).ToList(),
        Tomlyn.TomlDateTime date => date.ToString(),
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString(),
    };

    private static object? Json(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Json(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(Json).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element.GetRawText(),
    };

    private static object? Yaml(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.Where(c => c.Key is YamlScalarNode)
            .GroupBy(c => ((YamlScalarNode)c.Key).Value ?? "").ToDictionary(g => g.Key, g => Yaml(g.Last().Value), StringComparer.Ordinal),
        YamlSequenceNode sequence => sequence.Children.Select(Yaml).ToList(),
        YamlScalarNode scalar => scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "" ? null : scalar.Value,
        _ => null,
    };
}
