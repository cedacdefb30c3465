using System;
using System.Collections.Generic;
using System.Linq;
using SiteGen.Rules.Binding;
using SiteGen.Rules.Yaml;

namespace SiteGen.Rules
{
    /// <summary>The rules on site.yml beyond types: an absolute base URL, known language codes, plain path segments.</summary>
    public static class SiteRules
    {
        public static readonly string[] SectionPaths = { "articles", "topics", "timeline", "search" };

        /// <summary>The site's language codes, the default first; null when a rule failed.</summary>
        public static IReadOnlyList<string>? Check(YamlMapping root, string path, List<Diagnostic> diagnostics)
        {
            var errors = diagnostics.Count(d => d.IsError);
            if (ArticleRules.Scalar(root, "baseUrl") is YamlScalar baseUrl
                && (!Uri.TryCreate(baseUrl.Value, UriKind.Absolute, out var url) || (url.Scheme != "https" && url.Scheme != "http")))
                diagnostics.Add(DiagnosticKind.InvalidSiteSetting.At(path, baseUrl.Line, baseUrl.Column,
                    $"'baseUrl' must be an absolute http or https address, such as https://example.org/news/, not '{baseUrl.Value}'."));
            if (ArticleRules.Scalar(root, "pageSize") is YamlScalar size && int.TryParse(size.Value, out var pageSize) && pageSize < 1)
                diagnostics.Add(DiagnosticKind.InvalidSiteSetting.At(path, size.Line, size.Column, "'pageSize' must be 1 or more; write pageSize: 20."));

            if (ArticleRules.Scalar(root, "timeZone") is YamlScalar zone && !zone.IsNull && FindTimeZone(zone.Value) == null)
            {
                if (KnownZones().Count == 0)
                    diagnostics.Add(new Diagnostic(DiagnosticKind.InvalidSiteSetting.Id, Severity.Warning,
                        $"'timeZone' is '{zone.Value}', but this machine has no time zone database, so dates without an offset are read in UTC; install it (apt-get install tzdata).",
                        new SourceLocation(path, zone.Line, zone.Column)));
                else
                    diagnostics.Add(DiagnosticKind.InvalidSiteSetting.At(path, zone.Line, zone.Column,
                        $"'timeZone' is '{zone.Value}', which is not an IANA time zone" +
                        KeySuggestion.DidYouMean(zone.Value, KnownZones(), "; write a zone such as Europe/Paris, America/Toronto or UTC.")));
            }

            var codes = new List<string>();
            if (ArticleRules.Value(root, "languages") is YamlMapping languages)
            {
                foreach (var entry in languages.Entries)
                {
                    if (!IsLanguageCode(entry.Key.Value))
                        diagnostics.Add(DiagnosticKind.InvalidSiteSetting.At(path, entry.Key.Line, entry.Key.Column,
                            $"'{entry.Key.Value}' is not a language code; write a lower-case code such as fr or en."));
                    else codes.Add(entry.Key.Value);
                    if (entry.Value is YamlMapping language && ArticleRules.Value(language, "paths") is YamlMapping paths)
                        CheckSegments(paths, path, diagnostics);
                }
            }
            if (ArticleRules.Scalar(root, "defaultLanguage") is YamlScalar defaultLanguage && codes.Count > 0 && !codes.Contains(defaultLanguage.Value))
                diagnostics.Add(DiagnosticKind.UnknownLanguage.At(path, defaultLanguage.Line, defaultLanguage.Column,
                    $"'defaultLanguage' is '{defaultLanguage.Value}', which is not under 'languages'" +
                    KeySuggestion.DidYouMean(defaultLanguage.Value, codes, $"; write one of {string.Join(", ", codes)}.")));
            if (diagnostics.Count(d => d.IsError) > errors) return null;
            var first = ArticleRules.Scalar(root, "defaultLanguage")?.Value;
            return codes.OrderBy(c => c == first ? 0 : 1).ToList();
        }

        private static void CheckSegments(YamlMapping paths, string path, List<Diagnostic> diagnostics)
        {
            foreach (var entry in paths.Entries)
            {
                if (!(entry.Value is YamlScalar segment) || segment.IsNull) continue;
                var problem = Slugs.Problem(segment.Value);
                if (problem != null)
                    diagnostics.Add(DiagnosticKind.InvalidSlug.At(path, segment.Line, segment.Column,
                        $"'{entry.Key.Value}' must be a plain URL segment, but {problem}; write {entry.Key.Value}: {Slugs.FromTitle(segment.Value)}."));
            }
        }

        /// <summary>The IANA time zone of that id (Europe/Paris, UTC); null when there is none.</summary>
        public static TimeZoneInfo? FindTimeZone(string id)
        {
            id = id.Trim();
            if (id == "UTC" || id == "Etc/UTC") return TimeZoneInfo.Utc;
            if (id.IndexOf('/') <= 0) return null;
            try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
            catch (TimeZoneNotFoundException) { return null; }
            catch (InvalidTimeZoneException) { return null; }
        }

        private static IReadOnlyCollection<string> KnownZones() =>
            TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(i => i.IndexOf('/') > 0).ToList();

        public static bool IsLanguageCode(string code)
        {
            if (code.Length < 2 || code.Length > 8 || code[0] < 'a' || code[0] > 'z') return false;
            foreach (var c in code)
                if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
            return true;
        }

        /// <summary>The values of <c>frontPage</c> in site.yml, each with its place.</summary>
        public static List<Located<string>> FrontPage(YamlMapping root)
        {
            var values = new List<Located<string>>();
            var node = ArticleRules.Value(root, "frontPage");
            var items = node is YamlSequence list ? list.Items : node is YamlScalar one ? new List<YamlNode> { one } : new List<YamlNode>();
            foreach (var item in items)
                if (item is YamlScalar scalar && !scalar.IsNull) values.Add(new Located<string>(scalar.Value, scalar.Line, scalar.Column));
            return values;
        }

        /// <summary>Each topic of <c>frontPage</c> must be a topic of topics.yml, named once.</summary>
        public static void CheckFrontPage(IReadOnlyList<Located<string>> frontPage, IReadOnlyCollection<string> topicIds, string path, List<Diagnostic> diagnostics)
        {
            var known = new HashSet<string>(topicIds, StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var topic in frontPage)
            {
                if (!known.Contains(topic.Value))
                    diagnostics.Add(DiagnosticKind.UnknownTopic.At(path, topic.Line, topic.Column,
                        $"'{topic.Value}' in frontPage is not a topic of topics.yml" + KeySuggestion.DidYouMean(topic.Value, topicIds, "; use one of its ids.")));
                else if (!seen.Add(topic.Value))
                    diagnostics.Add(DiagnosticKind.InvalidSiteSetting.At(path, topic.Line, topic.Column,
                        $"'{topic.Value}' is named twice in frontPage; the front page has one section per topic, so remove one."));
            }
        }
    }
}
