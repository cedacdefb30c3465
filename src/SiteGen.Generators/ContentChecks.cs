using System.Collections.Generic;
using System.Linq;
using SiteGen.Rules;
using SiteGen.Rules.Binding;
using SiteGen.Rules.Schema;
using SiteGen.Rules.Yaml;

namespace SiteGen.Generators
{
    /// <summary>
    /// The compile-time side of the content rules: each file against its schema (interpreted by
    /// <see cref="SchemaValidator"/>) and the shared rules of SiteGen.Rules, the very code the
    /// build runs after its generated binders.
    /// </summary>
    public static class ContentChecks
    {
        /// <param name="role">"article", or "page" for a static page.</param>
        /// <param name="topicIds">The site's topic ids, for examples in messages (<see cref="SiteExamples"/>).</param>
        public static ArticleResult Article(string path, string language, string text, CheckSettings settings, string role = "article",
            EquatableArray<string> topicIds = default)
        {
            var diagnostics = new List<Diagnostic>();
            var schema = settings.Schemas.FirstOrDefault(s => s.Role == role);
            var mapping = SourceText.CheckCharacters(text, path, diagnostics) ? ContentYaml.ReadFrontMatter(text, path, diagnostics, out _) : null;
            ArticleFacts? facts = null;
            if (mapping != null && schema != null)
            {
                new SchemaValidator(settings.Schemas).Validate(schema,
                    new MappingReader(mapping, path, diagnostics, schema.Context) { Examples = SiteExamples.For(topicIds) });
                facts = ArticleRules.Check(mapping, path, language, diagnostics);
            }
            return new ArticleResult(path, language, diagnostics.ToEquatableArray(),
                facts == null ? null : new LocatedText(facts.Slug.Value, facts.Slug.Line, facts.Slug.Column),
                facts?.TranslationKey is Located<string> key ? new LocatedText(key.Value, key.Line, key.Column) : null,
                (facts?.Topics ?? new List<Located<string>>()).Select(t => new LocatedText(t.Value, t.Line, t.Column)).ToEquatableArray())
            {
                Role = role,
                Authors = (facts?.Authors ?? new List<Located<string>>()).Select(a => new LocatedText(a.Value, a.Line, a.Column)).ToEquatableArray(),
            };
        }

        public static SiteResult Site(string path, string text, CheckSettings settings)
        {
            var diagnostics = new List<Diagnostic>();
            IReadOnlyList<string>? languages = null;
            var frontPage = new List<Located<string>>();
            var schema = settings.Schemas.FirstOrDefault(s => s.Role == "site");
            if (SourceText.CheckCharacters(text, path, diagnostics) && ContentYaml.ReadMapping(text, path, diagnostics) is YamlMapping root && schema != null)
            {
                new SchemaValidator(settings.Schemas).Validate(schema, new MappingReader(root, path, diagnostics, schema.Context));
                languages = SiteRules.Check(root, path, diagnostics);
                frontPage = SiteRules.FrontPage(root);
            }
            return new SiteResult(path, diagnostics.ToEquatableArray(), (languages ?? new List<string>()).ToEquatableArray())
            {
                FrontPage = frontPage.Select(t => new LocatedText(t.Value, t.Line, t.Column)).ToEquatableArray(),
            };
        }

        public static TopicsResult Topics(string path, string text, EquatableArray<string> languages, CheckSettings settings)
        {
            var diagnostics = new List<Diagnostic>();
            var topics = new List<TopicEntry>();
            var schema = settings.Schemas.FirstOrDefault(s => s.Role == "topic");
            if (SourceText.CheckCharacters(text, path, diagnostics) && ContentYaml.ReadMapping(text, path, diagnostics) is YamlMapping root && schema != null && languages.Count > 0)
            {
                var validator = new SchemaValidator(settings.Schemas);
                var names = new Dictionary<string, List<TopicName>>();
                var ids = TopicCatalogRules.Read(root, path, languages, diagnostics, (id, language, reader) =>
                {
                    if (!validator.Validate(schema, reader)) return;
                    if (!names.TryGetValue(id, out var list)) names[id] = list = new List<TopicName>();
                    list.Add(new TopicName(language, ArticleRules.Scalar(reader.Mapping, "name")?.Value ?? id, ArticleRules.Scalar(reader.Mapping, "slug")?.Value ?? id));
                });
                topics.AddRange(ids.Where(names.ContainsKey).Select(id => new TopicEntry(id, names[id].ToEquatableArray())));
            }
            return new TopicsResult(path, diagnostics.ToEquatableArray(), topics.ToEquatableArray());
        }

        public static AuthorsResult Authors(string path, string text, EquatableArray<string> languages, CheckSettings settings)
        {
            var diagnostics = new List<Diagnostic>();
            var authors = new List<AuthorEntry>();
            var schema = settings.Schemas.FirstOrDefault(s => s.Role == "author");
            var profileSchema = settings.Schemas.FirstOrDefault(s => s.Role == "author-profile");
            if (SourceText.CheckCharacters(text, path, diagnostics) && ContentYaml.ReadMapping(text, path, diagnostics) is YamlMapping root
                && schema != null && profileSchema != null && languages.Count > 0)
            {
                var validator = new SchemaValidator(settings.Schemas);
                var names = new Dictionary<string, string>();
                var translated = new Dictionary<string, Dictionary<string, string>>();
                var ids = AuthorCatalogRules.Read(root, path, languages, diagnostics,
                    (id, reader) =>
                    {
                        if (validator.Validate(schema, reader)) names[id] = ArticleRules.Scalar(reader.Mapping, "name")?.Value ?? id;
                    },
                    (id, language, reader) =>
                    {
                        if (!validator.Validate(profileSchema, reader) || !(ArticleRules.Scalar(reader.Mapping, "name") is YamlScalar name)) return;
                        if (!translated.TryGetValue(id, out var perLanguage)) translated[id] = perLanguage = new Dictionary<string, string>();
                        perLanguage[language] = name.Value;
                    });
                foreach (var id in ids.Where(names.ContainsKey))
                    authors.Add(new AuthorEntry(id, languages.Select(l => new AuthorName(l,
                        translated.TryGetValue(id, out var own) && own.TryGetValue(l, out var name) ? name : names[id])).ToEquatableArray()));
            }
            return new AuthorsResult(path, diagnostics.ToEquatableArray(), authors.ToEquatableArray());
        }

        /// <summary>The rules across files: known languages, topics and authors, unique slugs and translation keys.</summary>
        public static List<Diagnostic> AcrossFiles(IReadOnlyList<ArticleResult> articles, SiteResult? site, TopicsResult? topics, AuthorsResult? authors = null)
        {
            var diagnostics = new List<Diagnostic>();
            if (site == null || topics == null || site.Languages.Count == 0) return diagnostics;
            var facts = new List<ArticleFacts>();
            foreach (var article in articles.Where(a => a.Role == "article"))
            {
                if (!site.Languages.Contains(article.Language))
                {
                    diagnostics.Add(DiagnosticKind.UnknownLanguage.At(article.Path, 1, 1,
                        $"'{article.Language}' is not a language of site.yml; move the article under one of {string.Join(", ", site.Languages.Select(l => $"input/{l}/articles/"))}, or add '{article.Language}' to site.yml."));
                    continue;
                }
                if (article.Slug == null) continue;
                facts.Add(new ArticleFacts(article.Path, article.Language,
                    new Located<string>(article.Slug.Value, article.Slug.Line, article.Slug.Column),
                    article.TranslationKey == null ? (Located<string>?)null : new Located<string>(article.TranslationKey.Value, article.TranslationKey.Line, article.TranslationKey.Column),
                    article.Topics.Select(t => new Located<string>(t.Value, t.Line, t.Column)).ToList(),
                    new List<(int, int)>(), null, article.Authors.Select(a => new Located<string>(a.Value, a.Line, a.Column)).ToList()));
            }
            if (authors != null && !authors.Diagnostics.Any(d => d.IsError))
                AuthorCatalogRules.CheckBylines(facts, authors.Authors.Select(a => a.Id).ToList(), diagnostics);
            if (topics.Diagnostics.Any(d => d.IsError)) return diagnostics;
            CrossFileRules.Check(facts, topics.Topics.Select(t => t.Id).ToList(), diagnostics);
            SiteRules.CheckFrontPage(site.FrontPage.Select(t => new Located<string>(t.Value, t.Line, t.Column)).ToList(), topics.Topics.Select(t => t.Id).ToList(), site.Path, diagnostics);
            return diagnostics;
        }

        public static StringsFile Strings(string path, string language, string text)
        {
            var diagnostics = new List<Diagnostic>();
            var entries = new List<StringEntry>();
            if (ContentYaml.ReadMapping(text, path, diagnostics) is YamlMapping root)
            {
                foreach (var entry in root.Entries)
                {
                    if (entry.Value is YamlScalar scalar)
                        entries.Add(new StringEntry(entry.Key.Value, scalar.Value, EquatableArray<string>.Empty, entry.Key.Line, entry.Key.Column));
                    else if (entry.Value is YamlSequence list && list.Items.All(i => i is YamlScalar))
                        entries.Add(new StringEntry(entry.Key.Value, null, list.Items.Cast<YamlScalar>().Select(i => i.Value).ToEquatableArray(), entry.Key.Line, entry.Key.Column));
                    else
                        diagnostics.Add(DiagnosticKind.WrongType.At(path, entry.Value.Line, entry.Value.Column,
                            $"'{entry.Key.Value}' must be a text or a list of texts, not {entry.Value.KindName}."));
                }
            }
            return new StringsFile(path, language, diagnostics.ToEquatableArray(), entries.ToEquatableArray());
        }

        /// <summary>Keys present in one language and missing in another: an error in the file that lacks them.</summary>
        public static List<Diagnostic> MissingStrings(IReadOnlyList<StringsFile> files)
        {
            var diagnostics = new List<Diagnostic>();
            foreach (var file in files)
            foreach (var other in files.Where(o => o != file))
            foreach (var entry in other.Entries.Where(e => !file.Entries.Any(x => x.Key == e.Key)))
                diagnostics.Add(DiagnosticKind.MissingString.At(file.Path, 1, 1,
                    $"'{entry.Key}' is in {System.IO.Path.GetFileName(other.Path)} but not in {System.IO.Path.GetFileName(file.Path)}; add a line {entry.Key}: … to {System.IO.Path.GetFileName(file.Path)}."));
            return diagnostics.Distinct().ToList();
        }
    }
}
