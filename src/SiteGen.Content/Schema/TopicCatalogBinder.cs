using SiteGen.Content.Model;
using SiteGen.Rules;
using SiteGen.Rules.Yaml;

namespace SiteGen.Content.Schema;

/// <summary>Binds <c>topics.yml</c>: each topic id named, with a slug, in every language of the site.</summary>
public static class TopicCatalogBinder
{
    private static readonly string[] NameKeys = ["name", "slug", "description"];

    public static IReadOnlyList<Topic>? Bind(YamlMapping mapping, string path, SiteSettings site, List<ContentDiagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.IsError);
        var reader = new Rules.Binding.MappingReader(mapping, path, diagnostics, "topics.yml");
        var topics = new List<Topic>();
        var slugOwners = new Dictionary<(string Language, string Slug), string>();
        foreach (var entry in mapping.Entries)
        {
            var id = entry.Key.Value;
            if (Slugs.Problem(id) is { } problem)
            {
                reader.Report(DiagnosticKind.InvalidSlug, entry.Key, $"Topic id '{id}' is not a plain word: {problem}; write {Slugs.FromTitle(id)}.");
                continue;
            }
            if (entry.Value is not YamlMapping perLanguage)
            {
                reader.Report(DiagnosticKind.WrongType, entry.Value, $"Topic '{id}' must give a name and slug per language, such as fr: {{ name: …, slug: … }}.");
                continue;
            }
            var topicReader = reader.Nested(perLanguage, $"topic '{id}'");
            topicReader.WarnUnknownKeys(site.Languages.Select(l => l.Code).ToList());
            var names = new Dictionary<string, TopicName>(StringComparer.Ordinal);
            foreach (var language in site.Languages)
            {
                var node = topicReader.Submapping(language.Code, required: false);
                if (node is null)
                {
                    topicReader.Report(DiagnosticKind.MissingTranslationOfTopic, entry.Key,
                        $"Topic '{id}' has no {language.Name} name; add {language.Code}: {{ name: …, slug: … }} under it.");
                    continue;
                }
                var nameReader = topicReader.Nested(node, $"topic '{id}' in {language.Code}");
                nameReader.WarnUnknownKeys(NameKeys);
                var name = nameReader.String("name", required: true, example: "Commerce social");
                var slug = nameReader.String("slug", required: true, example: Slugs.FromTitle(name?.Value ?? id));
                var description = nameReader.String("description");
                if (name is null || slug is null) continue;
                var s = slug.Value;
                if (Slugs.Problem(s.Value) is { } slugProblem)
                {
                    nameReader.Report(DiagnosticKind.InvalidSlug, s.Line, s.Column,
                        $"The slug '{s.Value}' is not a plain URL segment: {slugProblem}; write slug: {Slugs.FromTitle(s.Value)}.");
                    continue;
                }
                if (slugOwners.TryGetValue((language.Code, s.Value), out var owner))
                {
                    nameReader.Report(DiagnosticKind.DuplicateTopicSlug, s.Line, s.Column,
                        $"Topics '{owner}' and '{id}' both use the {language.Code} slug '{s.Value}'; give '{id}' a slug of its own.");
                    continue;
                }
                slugOwners[(language.Code, s.Value)] = id;
                names[language.Code] = new TopicName(name.Value.Value, s.Value, description?.Value ?? "");
            }
            if (names.Count == site.Languages.Count) topics.Add(new Topic(id, names));
        }
        return diagnostics.Count(d => d.IsError) > errorsBefore ? null : topics;
    }
}
