using System;
using System.Collections.Generic;
using System.Linq;
using SiteGen.Rules.Binding;
using SiteGen.Rules.Yaml;

namespace SiteGen.Rules
{
    /// <summary>
    /// Reads authors.yml, whose keys are author ids (plain URL segments: each author's page is at
    /// /fr/auteurs/{id}/). An author's keys are its name, image and links, bound by
    /// <paramref name="bindAuthor"/>, and one set of keys per site language (name, role, bio),
    /// bound by <paramref name="bindProfile"/>; the generated binders at build time, the schemas at
    /// compile time. A language key the site does not have is left to the author's binder, which
    /// names it as an unknown key.
    /// </summary>
    public static class AuthorCatalogRules
    {
        public const string AuthorContext = "the author", ProfileContext = "the author's profile";

        public static List<string> Read(YamlMapping root, string path, IReadOnlyList<string> languages, List<Diagnostic> diagnostics,
            Action<string, MappingReader> bindAuthor, Action<string, string, MappingReader> bindProfile)
        {
            var ids = new List<string>();
            var reader = new MappingReader(root, path, diagnostics, "authors.yml");
            foreach (var entry in root.Entries)
            {
                var id = entry.Key.Value;
                var problem = Slugs.Problem(id);
                if (problem != null)
                {
                    reader.Report(DiagnosticKind.InvalidSlug, entry.Key, $"Author id '{id}' is not a plain word (it is the author's address): {problem}; write {Slugs.FromTitle(id)}.");
                    continue;
                }
                if (!(entry.Value is YamlMapping author))
                {
                    reader.Report(DiagnosticKind.WrongType, entry.Value, $"Author '{id}' must be a set of keys, such as {{ name: Jeanne Dupont, fr: {{ role: … }} }}.");
                    continue;
                }
                var before = reader.ErrorCount;
                var own = author.Entries.Where(e => !languages.Contains(e.Key.Value) && !LooksLikeLanguage(e)).ToList();
                foreach (var other in author.Entries.Where(e => !languages.Contains(e.Key.Value) && LooksLikeLanguage(e)))
                    reader.Report(DiagnosticKind.UnknownKey, other.Key,
                        $"'{other.Key.Value}' is not a language of site.yml ({string.Join(", ", languages)}); remove this profile or add the language to site.yml.");
                bindAuthor(id, reader.Nested(new YamlMapping(own, author.Line, author.Column), $"{AuthorContext} '{id}'"));
                foreach (var language in author.Entries.Where(e => languages.Contains(e.Key.Value)))
                {
                    if (language.Value is YamlMapping profile)
                        bindProfile(id, language.Key.Value, reader.Nested(profile, ProfileContext));
                    else
                        reader.Report(DiagnosticKind.WrongType, language.Value,
                            $"'{language.Key.Value}' under author '{id}' must be a set of keys, such as {language.Key.Value}: {{ role: …, bio: … }}.");
                }
                if (reader.ErrorCount == before) ids.Add(id);
            }
            return ids;
        }

        /// <summary>A key shaped like a language code (de, pt-BR) whose value is a set of keys: a profile in a language the site lacks.</summary>
        private static bool LooksLikeLanguage(KeyValuePair<YamlScalar, YamlNode> entry) =>
            entry.Value is YamlMapping && System.Text.RegularExpressions.Regex.IsMatch(entry.Key.Value, "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$") && entry.Key.Value != "image";

        /// <summary>Each author id an article names must be in authors.yml (when the site has one).</summary>
        public static void CheckBylines(IEnumerable<ArticleFacts> articles, IReadOnlyCollection<string> authorIds, List<Diagnostic> diagnostics)
        {
            var known = new HashSet<string>(authorIds, StringComparer.Ordinal);
            foreach (var article in articles)
            foreach (var author in article.Authors)
            {
                if (known.Contains(author.Value)) continue;
                var suggestion = KeySuggestion.Nearest(author.Value, authorIds) ?? KeySuggestion.Nearest(Slugs.FromTitle(author.Value), authorIds);
                diagnostics.Add(DiagnosticKind.UnknownAuthor.At(article.Path, author.Line, author.Column,
                    $"'{author.Value}' is not an author of authors.yml" + (suggestion != null
                        ? $"; did you mean '{suggestion}'?"
                        : $"; add it to input/authors.yml or use one of its ids ({string.Join(", ", authorIds.Take(5))}{(authorIds.Count > 5 ? ", …" : "")}).")));
            }
        }
    }
}
