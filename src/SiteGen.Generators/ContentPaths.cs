using System.Text.RegularExpressions;

namespace SiteGen.Generators
{
    public enum ContentFileKind { None, Site, Topics, Authors, Article, Page, Strings }

    /// <summary>Which content file an additional file is, and how diagnostics name it.</summary>
    public static class ContentPaths
    {
        private static readonly Regex article = new Regex(@"(^|/)input/([^/]+)/(articles|pages)/[^/]+\.md$", RegexOptions.CultureInvariant);
        private static readonly Regex strings = new Regex(@"(^|/)theme/i18n/([^/]+)\.yml$", RegexOptions.CultureInvariant);

        public static ContentFileKind Classify(string path, out string language)
        {
            var normalized = path.Replace('\\', '/');
            language = "";
            if (normalized.EndsWith("/input/site.yml") || normalized == "input/site.yml") return ContentFileKind.Site;
            if (normalized.EndsWith("/input/topics.yml") || normalized == "input/topics.yml") return ContentFileKind.Topics;
            if (normalized.EndsWith("/input/authors.yml") || normalized == "input/authors.yml") return ContentFileKind.Authors;
            var match = article.Match(normalized);
            if (match.Success)
            {
                language = match.Groups[2].Value;
                return match.Groups[3].Value == "articles" ? ContentFileKind.Article : ContentFileKind.Page;
            }
            match = strings.Match(normalized);
            if (match.Success) { language = match.Groups[2].Value; return ContentFileKind.Strings; }
            return ContentFileKind.None;
        }
    }
}
