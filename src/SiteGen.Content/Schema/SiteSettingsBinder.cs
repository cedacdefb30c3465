using SiteGen.Content.Model;
using SiteGen.Rules;
using SiteGen.Rules.Binding;
using SiteGen.Rules.Yaml;

namespace SiteGen.Content.Schema;

/// <summary>Binds <c>site.yml</c> to <see cref="SiteSettings"/>.</summary>
public static class SiteSettingsBinder
{
    private static readonly string[] Keys = ["baseUrl", "defaultLanguage", "pageSize", "languages"];
    private static readonly string[] LanguageKeys = ["name", "locale", "title", "description", "paths"];
    private static readonly string[] PathKeys = ["articles", "topics", "timeline", "search"];

    public static SiteSettings? Bind(YamlMapping mapping, string path, List<ContentDiagnostic> diagnostics)
    {
        var reader = new MappingReader(mapping, path, diagnostics, "site.yml");
        reader.WarnUnknownKeys(Keys);
        var baseUrl = reader.String("baseUrl", required: true, example: "https://example.org/news/");
        var defaultLanguage = reader.String("defaultLanguage", required: true, example: "fr");
        var pageSize = reader.Int("pageSize");
        var languagesNode = reader.Submapping("languages", required: true, example: "{ fr: { … }, en: { … } }");

        Uri? url = null;
        if (baseUrl is { } b && (!Uri.TryCreate(b.Value, UriKind.Absolute, out url) || (url.Scheme != "https" && url.Scheme != "http")))
        {
            reader.Report(DiagnosticKind.InvalidSiteSetting, b.Line, b.Column,
                $"'baseUrl' must be an absolute http or https address, such as https://example.org/news/, not '{b.Value}'.");
            url = null;
        }
        if (pageSize is { } size && size.Value < 1)
            reader.Report(DiagnosticKind.InvalidSiteSetting, size.Line, size.Column, "'pageSize' must be 1 or more; write pageSize: 20.");

        var languages = new List<Language>();
        foreach (var entry in languagesNode?.Entries ?? [])
        {
            var code = entry.Key.Value;
            if (!IsLanguageCode(code))
            {
                reader.Report(DiagnosticKind.InvalidSiteSetting, entry.Key, $"'{code}' is not a language code; write a lower-case code such as fr or en.");
                continue;
            }
            if (entry.Value is not YamlMapping languageMapping)
            {
                reader.Report(DiagnosticKind.WrongType, entry.Value, $"Language '{code}' must be a set of keys (name, locale, title, description, paths).");
                continue;
            }
            var language = BindLanguage(reader.Nested(languageMapping, $"language '{code}'"), code);
            if (language is not null) languages.Add(language);
        }
        if (defaultLanguage is { } d && languagesNode is not null && languages.All(l => l.Code != d.Value))
            reader.Report(DiagnosticKind.UnknownLanguage, d.Line, d.Column,
                $"'defaultLanguage' is '{d.Value}', which is not under 'languages'" +
                KeySuggestion.DidYouMean(d.Value, languages.Select(l => l.Code).ToList(), $"; write one of {string.Join(", ", languages.Select(l => l.Code))}."));

        if (reader.HasErrors || diagnostics.Any(x => x.IsError) || url is null || defaultLanguage is null || languages.Count == 0) return null;
        // The default language comes first: it is the one shown first on the language chooser.
        var ordered = languages.OrderBy(l => l.Code == defaultLanguage.Value.Value ? 0 : 1).ToList();
        return new SiteSettings(url, defaultLanguage.Value.Value, pageSize?.Value ?? 20, ordered);
    }

    private static Language? BindLanguage(MappingReader reader, string code)
    {
        reader.WarnUnknownKeys(LanguageKeys);
        var name = reader.String("name", required: true, example: "Français");
        var locale = reader.String("locale", example: "fr-FR");
        var title = reader.String("title", required: true, example: "Le Fil");
        var description = reader.String("description");
        var pathsNode = reader.Submapping("paths", required: true, example: "{ articles: articles, topics: sujets, timeline: chronologie, search: recherche }");
        string?[] paths = new string?[PathKeys.Length];
        if (pathsNode is not null)
        {
            var pathsReader = reader.Nested(pathsNode, $"the paths of language '{code}'");
            pathsReader.WarnUnknownKeys(PathKeys);
            for (var i = 0; i < PathKeys.Length; i++)
            {
                var segment = pathsReader.String(PathKeys[i], required: true, example: PathKeys[i]);
                if (segment is { } s && Slugs.Problem(s.Value) is { } problem)
                    pathsReader.Report(DiagnosticKind.InvalidSlug, s.Line, s.Column,
                        $"'{PathKeys[i]}' must be a plain URL segment, but {problem}; write {PathKeys[i]}: {Slugs.FromTitle(s.Value)}.");
                else paths[i] = segment?.Value;
            }
        }
        if (name is null || title is null || paths.Any(p => p is null)) return null;
        return new Language(code, name.Value.Value, locale?.Value ?? code, title.Value.Value, description?.Value ?? "",
            new LanguagePaths(paths[0]!, paths[1]!, paths[2]!, paths[3]!));
    }

    private static bool IsLanguageCode(string code) =>
        code.Length is >= 2 and <= 8 && code.All(c => c is >= 'a' and <= 'z' or '-') && char.IsLetter(code[0]);
}
