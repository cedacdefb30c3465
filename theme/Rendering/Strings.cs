using SiteGen.Rules;
using SiteGen.Rules.Binding;
using SiteGen.Rules.Yaml;

namespace SiteGen.Theme.Rendering;

/// <summary>The interface strings of one language, read from <c>theme/i18n/{language}.yml</c>.</summary>
public sealed class Strings
{
    private readonly Dictionary<string, string> _text;

    private Strings(string language, Dictionary<string, string> text, IReadOnlyList<string> months)
    {
        Language = language;
        _text = text;
        Months = months;
    }

    public string Language { get; }
    public IReadOnlyList<string> Months { get; }

    public string SkipToContent => this["skipToContent"];
    public string MainNavigation => this["mainNavigation"];
    public string Home => this["home"];
    public string LatestArticles => this["latestArticles"];
    public string PublishedOn => this["publishedOn"];
    public string UpdatedOn => this["updatedOn"];
    public string ByAuthor => this["byAuthor"];
    public string Topics => this["topics"];
    public string ArticleTopics => this["articleTopics"];
    public string Timeline => this["timeline"];
    public string Search => this["search"];
    public string LanguageLabel => this["language"];
    public string NotAvailable => this["notAvailable"];
    public string ReadInLanguage => this["readInLanguage"];
    public string NoArticles => this["noArticles"];
    public string ChooseLanguage => this["chooseLanguage"];
    public string Footer => this["footer"];
    public string DateDay => this["dateDay"];
    public string DateMonth => this["dateMonth"];
    public string FirstDay => this["firstDay"];

    private string this[string key] => _text.TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"theme/i18n/{Language}.yml has no '{key}'.");

    /// <summary>Loads the strings of every language the theme ships.</summary>
    public static IReadOnlyDictionary<string, Strings> LoadAll()
    {
        var assembly = typeof(Strings).Assembly;
        var all = new Dictionary<string, Strings>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("i18n/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var language = Path.GetFileNameWithoutExtension(name);
            all[language] = Parse(language, memory.ToArray(), $"theme/{name}");
        }
        return all;
    }

    public static Strings Parse(string language, byte[] bytes, string path)
    {
        var diagnostics = new List<ContentDiagnostic>();
        var text = SourceText.Decode(bytes, path, diagnostics);
        var root = text is null ? null : YamlTreeReader.Read(text, path, 1, diagnostics);
        if (root is not YamlMapping mapping || diagnostics.Any(d => d.IsError))
            throw new InvalidDataException(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()).DefaultIfEmpty($"{path}: not a mapping")));
        var reader = new MappingReader(mapping, path, diagnostics, path);
        var months = reader.StringList("months", required: true)?.Select(m => m.Value).ToList() ?? [];
        var values = mapping.Entries.Where(e => e.Value is YamlScalar).ToDictionary(e => e.Key.Value, e => ((YamlScalar)e.Value).Value, StringComparer.Ordinal);
        if (months.Count != 12)
            throw new InvalidDataException($"{path}: 'months' must list the twelve months.");
        return new Strings(language, values, months);
    }
}
