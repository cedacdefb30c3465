using System;
using System.Collections.Generic;
using SiteGen.Rules.Binding;
using SiteGen.Rules.Yaml;

namespace SiteGen.Rules
{
    /// <summary>
    /// Reads topics.yml, whose keys are topic ids: each must be named in every language with a
    /// slug that is a plain URL segment and unique in its language. Each name is bound by
    /// <paramref name="bindName"/> (the generated binder at build time, the schema at compile time).
    /// </summary>
    public static class TopicCatalogRules
    {
        public const string NameContext = "the topic name";

        public static List<string> Read(YamlMapping root, string path, IReadOnlyList<string> languages,
            List<Diagnostic> diagnostics, Action<string, string, MappingReader> bindName)
        {
            var ids = new List<string>();
            var reader = new MappingReader(root, path, diagnostics, "topics.yml");
            var owners = new Dictionary<(string, string), string>();
            foreach (var entry in root.Entries)
            {
                var id = entry.Key.Value;
                var problem = Slugs.Problem(id);
                if (problem != null)
                {
                    reader.Report(DiagnosticKind.InvalidSlug, entry.Key, $"Topic id '{id}' is not a plain word: {problem}; write {Slugs.FromTitle(id)}.");
                    continue;
                }
                if (!(entry.Value is YamlMapping perLanguage))
                {
                    reader.Report(DiagnosticKind.WrongType, entry.Value, $"Topic '{id}' must give a name and slug per language, such as fr: {{ name: …, slug: … }}.");
                    continue;
                }
                var topic = reader.Nested(perLanguage, $"topic '{id}'");
                topic.WarnUnknownKeys(languages);
                var complete = true;
                foreach (var language in languages)
                {
                    var name = topic.Submapping(language);
                    if (name == null)
                    {
                        topic.Report(DiagnosticKind.MissingTranslationOfTopic, entry.Key,
                            $"Topic '{id}' has no '{language}' name; add {language}: {{ name: …, slug: … }} under it.");
                        complete = false;
                        continue;
                    }
                    bindName(id, language, topic.Nested(name, NameContext));
                    if (ArticleRules.Scalar(name, "slug") is YamlScalar slug)
                    {
                        var slugProblem = Slugs.Problem(slug.Value);
                        if (slugProblem != null)
                        {
                            topic.Report(DiagnosticKind.InvalidSlug, slug, $"The slug '{slug.Value}' is not a plain URL segment: {slugProblem}; write slug: {Slugs.FromTitle(slug.Value)}.");
                            complete = false;
                        }
                        else if (owners.TryGetValue((language, slug.Value), out var owner))
                        {
                            topic.Report(DiagnosticKind.DuplicateTopicSlug, slug,
                                $"Topics '{owner}' and '{id}' both use the {language} slug '{slug.Value}'; give '{id}' a slug of its own.");
                            complete = false;
                        }
                        else owners[(language, slug.Value)] = id;
                    }
                }
                if (complete) ids.Add(id);
            }
            return ids;
        }
    }
}
