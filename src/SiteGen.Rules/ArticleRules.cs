using System;
using System.Collections.Generic;
using System.IO;
using SiteGen.Rules.Binding;
using SiteGen.Rules.Yaml;

namespace SiteGen.Rules
{
    /// <summary>
    /// The rules on one article beyond types: its slug (written, or from the file name) must be a
    /// plain URL segment, and an event may not end before it starts. They read the YAML itself,
    /// so the build and the compile-time generator share them; values that do not bind are left
    /// to the binder's own messages.
    /// </summary>
    public static class ArticleRules
    {
        public static ArticleFacts? Check(YamlMapping mapping, string path, string language, List<Diagnostic> diagnostics)
        {
            var slug = Slug(mapping, path, diagnostics);
            Located<string>? translationKey = Scalar(mapping, "translationKey") is YamlScalar key
                ? new Located<string>(key.Value, key.Line, key.Column)
                : (Located<string>?)null;
            var topics = new List<Located<string>>();
            AddTexts(Value(mapping, "topics"), topics);
            CheckImage(mapping, path, diagnostics);
            var events = new List<(int Line, int Column)>();
            if (Value(mapping, "events") is YamlSequence items)
            {
                foreach (var item in items.Items)
                {
                    if (!(item is YamlMapping e)) continue;
                    events.Add((e.Line, e.Column));
                    AddTexts(Value(e, "topics"), topics);
                    CheckSpan(e, path, diagnostics);
                    CheckImage(e, path, diagnostics);
                }
            }
            var aliases = SiteGen.Rules.Aliases.Check(Value(mapping, "aliases"), path, diagnostics);
            var authors = new List<Located<string>>();
            AddTexts(Value(mapping, "author"), authors);
            return slug == null ? null : new ArticleFacts(path, language, slug.Value, translationKey, topics, events, aliases, authors);
        }

        private static Located<string>? Slug(YamlMapping mapping, string path, List<Diagnostic> diagnostics)
        {
            var written = Scalar(mapping, "slug");
            var slug = written?.Value ?? Path.GetFileNameWithoutExtension(path);
            var line = written?.Line ?? 1;
            var column = written?.Column ?? 1;
            var problem = Slugs.Problem(slug);
            if (problem == null) return new Located<string>(slug, line, column);
            // A file name with spaces, apostrophes or punctuation is folded, as `sitegen new` folds a title.
            if (written == null) return new Located<string>(Slugs.FromTitle(slug), line, column);
            var suggestion = Slugs.FromTitle(slug);
            diagnostics.Add(DiagnosticKind.InvalidSlug.At(path, line, column, written != null
                ? $"The slug '{slug}' is not a plain URL segment: {problem}; write slug: {suggestion}."
                : $"The file name gives the slug '{slug}', which is not a plain URL segment: {problem}; rename the file {suggestion}.md or add slug: {suggestion}."));
            return null;
        }

        private static void CheckSpan(YamlMapping e, string path, List<Diagnostic> diagnostics)
        {
            if (!(Scalar(e, "date") is YamlScalar start) || !(Scalar(e, "end") is YamlScalar end)) return;
            if (!PartialDate.TryParse(start.Value, out var from, out _) || !PartialDate.TryParse(end.Value, out var to, out _)) return;
            if (to.End < from.Start)
                diagnostics.Add(DiagnosticKind.EventEndsBeforeStart.At(path, end.Line, end.Column,
                    $"The event ends ({to}) before it starts ({from}); write an 'end' on or after the 'date'."));
        }

        /// <summary>An <c>image</c> needs its text alternative, unless it is marked decorative.</summary>
        public static void CheckImage(YamlMapping parent, string path, List<Diagnostic> diagnostics)
        {
            if (!(Value(parent, "image") is YamlMapping image)) return;
            var alt = Scalar(image, "alt");
            if (alt != null && alt.Value.Trim().Length > 0) return;
            var decorative = Scalar(image, "decorative");
            if (decorative != null && decorative.Value == "true") return;
            var at = (YamlNode?)alt ?? image;
            diagnostics.Add(DiagnosticKind.MissingAltText.At(path, at.Line, at.Column,
                "This image has no text alternative; describe what it shows for readers who cannot see it with alt: …, or write decorative: true if it only decorates."));
        }

        private static void AddTexts(YamlNode? node, List<Located<string>> into)
        {
            if (node is YamlScalar single && !single.IsNull) into.Add(new Located<string>(single.Value, single.Line, single.Column));
            if (node is YamlSequence list)
                foreach (var item in list.Items)
                    if (item is YamlScalar scalar && !scalar.IsNull) into.Add(new Located<string>(scalar.Value, scalar.Line, scalar.Column));
        }

        public static YamlNode? Value(YamlMapping mapping, string key)
        {
            foreach (var entry in mapping.Entries)
                if (entry.Key.Value == key) return entry.Value;
            return null;
        }

        public static YamlScalar? Scalar(YamlMapping mapping, string key) =>
            Value(mapping, key) is YamlScalar scalar && !scalar.IsNull ? scalar : null;
    }
}
