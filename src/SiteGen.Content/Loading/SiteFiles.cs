using SiteGen.Content.Markdown;
using SiteGen.Content.Model;
using SiteGen.Content.Schema;
using SiteGen.Rules;
using SiteGen.Rules.Binding;

namespace SiteGen.Content.Loading;

/// <summary>Reads <c>site.yml</c>, <c>topics.yml</c> and <c>authors.yml</c> with the generated binders, then the shared rules.</summary>
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
                new LanguagePaths(paths.Articles, paths.Topics, paths.Timeline, paths.Search, paths.Archives ?? "archives", paths.Corrections ?? "corrections",
                    paths.Authors ?? "authors"))
            {
                Location = key is null ? new SourceLocation(path, 1, 1) : new SourceLocation(path, key.Line, key.Column),
            };
        }).ToList();
        var logo = ArticleRules.Scalar(root, "logo");
        var icon = ArticleRules.Scalar(root, "icon");
        return new SiteSettings(new Uri(file.BaseUrl, UriKind.Absolute), file.DefaultLanguage, file.PageSize, languages)
        {
            Logo = file.Logo is { } src && logo is not null ? (src.Trim(), new SourceLocation(path, logo.Line, logo.Column)) : null,
            Icon = file.Icon is { } iconSrc && icon is not null ? (iconSrc.Trim(), new SourceLocation(path, icon.Line, icon.Column)) : null,
            RawHtml = file.RawHtml ?? SiteGen.Content.Schema.RawHtmlMode.Sanitize,
            FrontPage = file.FrontPage is null ? null : SiteRules.FrontPage(root),
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
        if (site.FrontPage is { } front) SiteRules.CheckFrontPage(front, ids, site.Languages.Count > 0 ? site.Languages[0].Location.Path : path, diagnostics);
        if (diagnostics.Any(d => d.IsError)) return null;
        return ids.Select(id => new Topic(id, names[id])).ToList();
    }

    /// <summary>
    /// input/authors.yml: each author's name, links and portrait, and per language a profile
    /// (the name when translated, role and bio). A link must be an absolute http(s) address.
    /// </summary>
    public static IReadOnlyList<Author>? ReadAuthors(string path, byte[] bytes, SiteSettings site, List<Diagnostic> diagnostics)
    {
        var text = SourceText.Decode(bytes, path, diagnostics);
        var root = text is null ? null : ContentYaml.ReadMapping(text, path, diagnostics);
        if (root is null) return null;
        var files = new Dictionary<string, (AuthorFile File, MappingReader Reader)>(StringComparer.Ordinal);
        var profiles = new Dictionary<string, Dictionary<string, AuthorProfileFile>>(StringComparer.Ordinal);
        var languages = site.Languages.Select(l => l.Code).ToList();
        var ids = AuthorCatalogRules.Read(root, path, languages, diagnostics,
            (id, reader) => { if (AuthorFile.Bind(reader) is { } file) files[id] = (file, reader); },
            (id, language, reader) =>
            {
                if (AuthorProfileFile.Bind(reader) is not { } profile) return;
                if (!profiles.TryGetValue(id, out var perLanguage)) profiles[id] = perLanguage = new(StringComparer.Ordinal);
                perLanguage[language] = profile;
            });
        var authors = new List<Author>();
        foreach (var id in ids.Where(files.ContainsKey))
        {
            var (file, reader) = files[id];
            var links = new List<Uri>();
            var written = ArticleRules.Value(reader.Mapping, "links");
            var items = written is SiteGen.Rules.Yaml.YamlSequence list ? list.Items : written is null ? [] : [written];
            foreach (var item in items.OfType<SiteGen.Rules.Yaml.YamlScalar>())
            {
                if (Uri.TryCreate(item.Value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http") links.Add(uri);
                else diagnostics.Add(DiagnosticKind.WrongType.At(path, item.Line, item.Column,
                    $"The link '{item.Value}' of author '{id}' is not a web address; write it in full, for example https://mastodon.example/@{id}."));
            }
            profiles.TryGetValue(id, out var own);
            var byLanguage = languages.ToDictionary(l => l, l =>
            {
                var profile = own?.GetValueOrDefault(l);
                return new AuthorProfile(Typography.Apply((profile?.Name ?? file.Name).Trim(), l), Typography.Apply(profile?.Role?.Trim() ?? "", l),
                    Typography.Apply(profile?.Bio?.Trim() ?? "", l));
            }, StringComparer.Ordinal);
            var src = ArticleRules.Value(reader.Mapping, "image") is SiteGen.Rules.Yaml.YamlMapping image ? (SiteGen.Rules.Yaml.YamlNode?)ArticleRules.Scalar(image, "src") ?? image : null;
            authors.Add(new Author(id, byLanguage, links)
            {
                ImageSource = file.Image is { } portrait && src is not null ? (portrait, new SourceLocation(path, src.Line, src.Column)) : null,
            });
        }
        if (diagnostics.Any(d => d.IsError)) return null;
        return authors;
    }
}
