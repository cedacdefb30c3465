using SiteGen.Content.Model;
using SiteGen.Content.Schema;
using SiteGen.Rules;
using SiteGen.Rules.Binding;

namespace SiteGen.Content.Loading;

/// <summary>Reads <c>site.yml</c> and <c>topics.yml</c> with the generated binders, then the shared rules.</summary>
public static class SiteFiles
{
    public static SiteSettings? ReadSettings(string path, byte[] bytes, List<Diagnostic> diagnostics)
    {
        var text = SourceText.Decode(bytes, path, diagnostics);
        var root = text is null ? null : ContentYaml.ReadMapping(text, path, diagnostics);
        if (root is null) return null;
        var file = SiteFile.Bind(new MappingReader(root, path, diagnostics, SiteFile.FrontMatterContext));
        var codes = SiteRules.Check(root, path, diagnostics);
        if (file is null || codes is null || diagnostics.Any(d => d.IsError)) return null;
        var languages = codes.Select(code =>
        {
            var language = file.Languages[code];
            var paths = language.Paths;
            var key = ArticleRules.Value(root, "languages") is SiteGen.Rules.Yaml.YamlMapping declared
                ? declared.Entries.FirstOrDefault(e => e.Key.Value == code).Key : null;
            return new Language(code, language.Name, language.Locale ?? code, language.Title, language.Description ?? "",
                new LanguagePaths(paths.Articles, paths.Topics, paths.Timeline, paths.Search, paths.Archives ?? "archives", paths.Corrections ?? "corrections"))
            {
                Location = key is null ? new SourceLocation(path, 1, 1) : new SourceLocation(path, key.Line, key.Column),
            };
        }).ToList();
        var logo = ArticleRules.Scalar(root, "logo");
        return new SiteSettings(new Uri(file.BaseUrl, UriKind.Absolute), file.DefaultLanguage, file.PageSize, languages)
        {
            Logo = file.Logo is { } src && logo is not null ? (src.Trim(), new SourceLocation(path, logo.Line, logo.Column)) : null,
            RawHtml = file.RawHtml ?? SiteGen.Content.Schema.RawHtmlMode.Sanitize,
            TimeZone = file.TimeZone is { } zone ? SiteRules.FindTimeZone(zone) ?? TimeZoneInfo.Utc : TimeZoneInfo.Utc, // no database: warned, UTC
        };
    }

    public static IReadOnlyList<Topic>? ReadTopics(string path, byte[] bytes, SiteSettings site, List<Diagnostic> diagnostics)
    {
        var text = SourceText.Decode(bytes, path, diagnostics);
        var root = text is null ? null : ContentYaml.ReadMapping(text, path, diagnostics);
        if (root is null) return null;
        var names = new Dictionary<string, Dictionary<string, TopicName>>(StringComparer.Ordinal);
        var ids = TopicCatalogRules.Read(root, path, site.Languages.Select(l => l.Code).ToList(), diagnostics, (id, language, reader) =>
        {
            if (TopicNameFile.Bind(reader) is not { } name) return;
            if (!names.TryGetValue(id, out var perLanguage)) names[id] = perLanguage = new(StringComparer.Ordinal);
            perLanguage[language] = new TopicName(name.Name, name.Slug, name.Description ?? "");
        });
        if (diagnostics.Any(d => d.IsError)) return null;
        return ids.Select(id => new Topic(id, names[id])).ToList();
    }
}
