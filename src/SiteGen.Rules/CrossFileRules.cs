using System;
using System.Collections.Generic;
using System.Linq;
using SiteGen.Rules.Binding;

namespace SiteGen.Rules
{
    /// <summary>What the rules across files need to know of one article, each value with its place.</summary>
    public sealed class ArticleFacts
    {
        public ArticleFacts(string path, string language, Located<string> slug, Located<string>? translationKey,
            IReadOnlyList<Located<string>> topics, IReadOnlyList<(int Line, int Column)> events, IReadOnlyList<Located<string>>? aliases = null,
            IReadOnlyList<Located<string>>? authors = null)
        {
            Aliases = aliases ?? Array.Empty<Located<string>>();
            Authors = authors ?? Array.Empty<Located<string>>();
            Events = events;
            Path = path;
            Language = language;
            Slug = slug;
            TranslationKey = translationKey;
            Topics = topics;
        }

        public string Path { get; }
        public string Language { get; }
        public Located<string> Slug { get; }
        public Located<string>? TranslationKey { get; }

        /// <summary>The article's topics and its events' topics.</summary>
        public IReadOnlyList<Located<string>> Topics { get; }

        /// <summary>Where each item of <c>events</c> starts.</summary>
        public IReadOnlyList<(int Line, int Column)> Events { get; }

        /// <summary>The old addresses that redirect to the article, as <see cref="Aliases.Normalize"/> writes them.</summary>
        public IReadOnlyList<Located<string>> Aliases { get; }

        /// <summary>The values of <c>author</c>: ids of authors.yml when the site has one.</summary>
        public IReadOnlyList<Located<string>> Authors { get; }
    }

    /// <summary>The rules that need more than one file: topic ids, unique slugs and translation keys per language.</summary>
    public static class CrossFileRules
    {
        private static Dictionary<string, string> In(Dictionary<string, Dictionary<string, string>> byLanguage, string language)
        {
            if (!byLanguage.TryGetValue(language, out var values)) byLanguage[language] = values = new Dictionary<string, string>(StringComparer.Ordinal);
            return values;
        }

        /// <summary>The articles by path: as they come when they come sorted (the build reads files in that order), else sorted.</summary>
        private static IReadOnlyList<ArticleFacts> InPathOrder(IEnumerable<ArticleFacts> articles)
        {
            var list = articles as IReadOnlyList<ArticleFacts> ?? articles.ToList();
            for (var i = 1; i < list.Count; i++)
            {
                if (string.CompareOrdinal(list[i - 1].Path, list[i].Path) > 0)
                    return list.OrderBy(a => a.Path, StringComparer.Ordinal).ToList();
            }
            return list;
        }

        public static void Check(IEnumerable<ArticleFacts> articles, IReadOnlyCollection<string> topicIds, List<Diagnostic> diagnostics)
        {
            var known = new HashSet<string>(topicIds, StringComparer.Ordinal);
            // Per language, by ordinal keys: a large site has tens of thousands of slugs to look up.
            var slugs = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            var keys = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var article in InPathOrder(articles))
            {
                foreach (var alias in article.Aliases)
                {
                    if (aliases.TryGetValue(alias.Value, out var aliasOwner))
                        diagnostics.Add(DiagnosticKind.TakenAlias.At(article.Path, alias.Line, alias.Column,
                            $"The alias '{alias.Value}' already redirects to {aliasOwner}; an old address can lead to one page only, so remove it from one of them."));
                    else aliases[alias.Value] = article.Path;
                }
                foreach (var topic in article.Topics)
                {
                    if (known.Contains(topic.Value)) continue;
                    diagnostics.Add(DiagnosticKind.UnknownTopic.At(article.Path, topic.Line, topic.Column,
                        $"'{topic.Value}' is not a topic of topics.yml" +
                        KeySuggestion.DidYouMean(topic.Value, topicIds, "; add it to input/topics.yml or use one of its ids.")));
                }
                var slug = article.Slug;
                var languageSlugs = In(slugs, article.Language);
                if (languageSlugs.TryGetValue(slug.Value, out var owner))
                    diagnostics.Add(DiagnosticKind.DuplicateSlug.At(article.Path, slug.Line, slug.Column,
                        $"The slug '{slug.Value}' is already used by {owner} in '{article.Language}'; give this article a slug of its own with slug: …"));
                else languageSlugs[slug.Value] = article.Path;

                if (article.TranslationKey is { } key)
                {
                    var languageKeys = In(keys, article.Language);
                    if (languageKeys.TryGetValue(key.Value, out var keyOwner))
                        diagnostics.Add(DiagnosticKind.DuplicateTranslationKey.At(article.Path, key.Line, key.Column,
                            $"translationKey '{key.Value}' is already used by {keyOwner} in '{article.Language}'; one article per language may carry a key, so change or remove this one."));
                    else languageKeys[key.Value] = article.Path;
                }
            }
        }
    }
}
