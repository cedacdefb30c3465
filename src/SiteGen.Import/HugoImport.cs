using System.Globalization;
using System.Text;
using SiteGen.Rules;

namespace SiteGen.Import;

/// <summary>What an import did, for its summary.</summary>
public sealed record ImportReport(bool Succeeded, string Message)
{
    public int Articles { get; init; }
    public int Pages { get; init; }
    public int ListPagesSkipped { get; init; }
    public int TranslationPairs { get; init; }
    public int Topics { get; init; }
    public int TopicsInOneLanguage { get; init; }
    public int Untagged { get; init; }
    public int StaticFiles { get; init; }
    public int Aliases { get; init; }
    public int Authors { get; init; }
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];
    public IReadOnlyDictionary<string, int> KeysNotCarried { get; init; } = new Dictionary<string, int>();
}

/// <summary>
/// <c>sitegen import hugo</c>: writes a SiteGen <c>input/</c> from a Hugo site. Content by folder
/// or by suffix, YAML, TOML and JSON front matter, languages into site.yml, tags and categories
/// into topics.yml (paired across languages through the translated articles), front matter mapped
/// (the old address kept as an alias), static files into assets/, shortcodes converted or reported.
/// The new folder is written beside the target and moved in whole; an existing one is replaced
/// only when asked.
/// </summary>
public static class HugoImport
{
    /// <summary>The topic of posts without a tag or category.</summary>
    public const string GeneralTopic = "general";

    private static readonly HashSet<string> Carried = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "date", "lastmod", "publishDate", "expiryDate", "draft", "description", "summary", "slug", "url", "aliases",
        "tags", "categories", "translationKey", "author", "authors",
    };

    public static ImportReport Run(string site, string input, bool force)
    {
        site = Path.GetFullPath(site);
        input = Path.GetFullPath(input);
        if (!Directory.Exists(site)) return new ImportReport(false, $"{site} is not a folder.");
        if (Directory.Exists(input) && Directory.EnumerateFileSystemEntries(input).Any() && !force)
            return new ImportReport(false, $"{input} already exists and is not empty; import into another folder with --input, or add --force to replace it.");
        var problems = new List<string>();
        if (HugoConfig.Read(site, problems) is not { } config) return new ImportReport(false, string.Join("\n", problems));

        var unread = new List<(string Path, int Line, int Column, string Message)>();
        var (pages, listPages) = HugoContent.Read(site, config, unread);
        var warnings = unread.Select(u => DiagnosticKind.HugoFileSkipped.At(u.Path, u.Line, u.Column, u.Message)).ToList();
        var staticFolder = Path.Combine(site, "static");
        var staticFiles = Directory.Exists(staticFolder)
            ? Directory.EnumerateFiles(staticFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
        var staticPaths = staticFiles.ToHashSet(StringComparer.Ordinal);

        var plan = Plan(config, pages);
        var topics = TopicPlan.Make(config, pages, plan);
        var leftovers = new List<Leftover>();
        var bundleFiles = new List<(string From, string To)>();
        var converter = new BodyConverter(
            url => staticPaths.Contains(Path.GetFullPath(Path.Combine(staticFolder, Uri.UnescapeDataString(url).TrimStart('/')))) ? "/assets" + url : null,
            (page, target) => ResolveRef(page, target, pages, plan));
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        // Hugo's authors (a taxonomy, or a plain author:) become authors.yml entries, each with its page.
        var authors = pages.Where(p => plan[p].IsArticle).SelectMany(AuthorNames).GroupBy(AuthorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var staging = input.TrimEnd(Path.DirectorySeparatorChar) + ".import-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var page in pages)
            {
                var target = plan[page];
                foreach (var key in page.Front.Keys.Where(k => !Carried.Contains(k))) keys[key] = keys.GetValueOrDefault(key) + 1;
                var body = converter.Convert(page, leftovers, bundleFiles);
                var file = Path.Combine(staging, target.Language, target.IsArticle ? "articles" : "pages", target.Slug + ".md");
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, FrontMatter(page, target, topics, warnings) + body.TrimStart('\n'));
            }
            foreach (var file in staticFiles) Copy(file, Path.Combine(staging, "assets", Path.GetRelativePath(staticFolder, file)));
            foreach (var (from, to) in bundleFiles.Distinct()) Copy(from, Path.Combine(staging, to.TrimStart('/')));
            File.WriteAllText(Path.Combine(staging, "site.yml"), SiteYaml(config));
            File.WriteAllText(Path.Combine(staging, "topics.yml"), topics.Yaml(config));
            if (authors.Count > 0) File.WriteAllText(Path.Combine(staging, "authors.yml"), AuthorsYaml(authors));
            if (Directory.Exists(input)) Directory.Delete(input, recursive: true);
            Directory.CreateDirectory(Path.GetDirectoryName(input)!);
            Directory.Move(staging, input);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }

        warnings.AddRange(leftovers.Select(l => DiagnosticKind.HugoShortcodeKept.At(l.Path, l.Line, l.Column, l.Message)));
        return new ImportReport(true, $"Imported {site} into {input}.")
        {
            Articles = plan.Values.Count(t => t.IsArticle),
            Pages = plan.Values.Count(t => !t.IsArticle),
            ListPagesSkipped = listPages,
            TranslationPairs = plan.Values.Where(t => t.TranslationKey is not null).GroupBy(t => t.TranslationKey).Count(g => g.Count() > 1),
            Topics = topics.Count,
            TopicsInOneLanguage = topics.InOneLanguage,
            Untagged = topics.Untagged,
            StaticFiles = staticFiles.Count + bundleFiles.Distinct().Count(),
            Aliases = plan.Values.Sum(t => t.Aliases.Count),
            Authors = authors.Count,
            Warnings = warnings,
            KeysNotCarried = keys,
        };
    }

    /// <summary>Where each page goes, its slug, translation key and old addresses.</summary>
    private static Dictionary<HugoPage, PagePlan> Plan(HugoConfig config, List<HugoPage> pages)
    {
        var plan = new Dictionary<HugoPage, PagePlan>();
        var languagesByKey = pages.GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Language).Distinct().Count());
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var isArticle = page.Section.Length > 0;
            var slug = Slugs.FromTitle(page.Front.Text("slug") ?? page.Name);
            var unique = slug;
            for (var n = 2; !used.Add($"{page.Language}/{(isArticle ? "a" : "p")}/{unique}"); n++) unique = $"{slug}-{n}";
            var key = page.Front.Text("translationKey") ?? (languagesByKey[page.Key] > 1 ? Slugs.FromTitle(page.Key.Replace('/', '-')) : null);
            var now = $"/{page.Language}/{(isArticle ? "articles/" : "")}{unique}/";
            var aliases = page.Front.Texts("aliases").Select(a => Root(a, page, config))
                .Append(page.Front.Text("url") is { } url ? Root(url, page, config) : null)
                .Append(OldAddress(page, config))
                .OfType<string>().Select(SiteGen.Rules.Aliases.Normalize)
                .Where(a => a != now && SiteGen.Rules.Aliases.Problem(a) is null).Distinct(StringComparer.Ordinal).ToList();
            plan[page] = new PagePlan(page.Language, isArticle, unique, key, aliases);
        }
        // An old address two pages had (a Hugo site with duplicates) stays with the first.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages) plan[page] = plan[page] with { Aliases = plan[page].Aliases.Where(taken.Add).ToList() };
        return plan;
    }

    /// <summary>An alias or url as SiteGen writes it: from the site's root, with the language's prefix where Hugo gave one.</summary>
    private static string? Root(string alias, HugoPage page, HugoConfig config)
    {
        alias = alias.Trim();
        if (alias.Length == 0 || alias.Contains("://")) return null;
        if (alias.StartsWith('/')) return alias;
        var prefix = LanguagePrefix(page.Language, config);
        return $"{prefix}/{alias}";
    }

    private static string LanguagePrefix(string language, HugoConfig config) =>
        language != config.DefaultLanguage || config.DefaultLanguageInSubdir ? "/" + language : "";

    /// <summary>The address Hugo gave the page: its section's permalink pattern, or /section/name/.</summary>
    private static string? OldAddress(HugoPage page, HugoConfig config)
    {
        if (page.Front.Text("url") is not null) return null;
        var slug = page.Front.Text("slug");
        var title = page.Front.Text("title") ?? page.Name;
        var date = DateTimeOffset.TryParse(page.Front.Text("date") ?? "", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : (DateTimeOffset?)null;
        var prefix = LanguagePrefix(page.Language, config);
        if (page.Section.Length == 0) return $"{prefix}/{Urlize(slug ?? page.Name)}/";
        if (!config.Permalinks.TryGetValue(page.Section, out var pattern)) return $"{prefix}/{page.Section}/{Urlize(slug ?? page.Name)}/";
        var path = pattern
            .Replace(":year", date?.ToString("yyyy", CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal)
            .Replace(":month", date?.ToString("MM", CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal)
            .Replace(":day", date?.ToString("dd", CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal)
            .Replace(":section", page.Section, StringComparison.Ordinal)
            .Replace(":slug", Urlize(slug ?? title), StringComparison.Ordinal)
            .Replace(":title", Urlize(title), StringComparison.Ordinal)
            .Replace(":contentbasename", page.Name, StringComparison.Ordinal)
            .Replace(":filename", page.Name, StringComparison.Ordinal);
        return prefix + "/" + path.Trim('/') + "/";
    }

    /// <summary>Hugo's urlize, near enough: lower case, spaces to hyphens, punctuation out.</summary>
    private static string Urlize(string text) =>
        new string(text.Trim().ToLowerInvariant().Select(c => char.IsWhiteSpace(c) ? '-' : c).Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.').ToArray());

    private static string? ResolveRef(HugoPage from, string target, List<HugoPage> pages, Dictionary<HugoPage, PagePlan> plan)
    {
        var wanted = target.Split('#')[0].Trim('/');
        var fragment = target.Contains('#') ? target[target.IndexOf('#')..] : "";
        wanted = wanted.EndsWith(".md", StringComparison.Ordinal) ? wanted[..^3] : wanted;
        var found = pages.Where(p => p.Language == from.Language).FirstOrDefault(p => p.Key == wanted || p.Key.EndsWith("/" + wanted, StringComparison.Ordinal)
            || p.Name == Path.GetFileName(wanted) || (p.IsBundle && p.Key == wanted.Replace("/index", "")));
        if (found is null) return null;
        var to = plan[found];
        return $"/{to.Language}/{(to.IsArticle ? "articles" : "pages")}/{to.Slug}.md{fragment}";
    }

    private static string FrontMatter(HugoPage page, PagePlan target, TopicPlan topics, List<Diagnostic> warnings)
    {
        var front = page.Front;
        var text = new StringBuilder("---\n");
        var title = front.Text("title") is { Length: > 0 } written ? written : Capitalized(page.Name.Replace('-', ' ').Replace('_', ' '));
        if (front.Text("title") is not { Length: > 0 })
            warnings.Add(DiagnosticKind.HugoValueMissing.At(page.SourcePath, 1, 1, $"The page has no title; it was given '{title}' from its file name."));
        text.Append("title: ").Append(YamlText.Scalar(title)).Append('\n');
        if (target.IsArticle)
        {
            var date = front.Text("date") ?? front.Text("publishDate") ?? front.Text("lastmod");
            if (date is null)
            {
                date = File.GetLastWriteTimeUtc(page.SourcePath).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                warnings.Add(DiagnosticKind.HugoValueMissing.At(page.SourcePath, 1, 1, $"The post has no date; it was given its file's date, {date}: write the date it was published."));
            }
            text.Append("date: ").Append(YamlText.Date(date)).Append('\n');
        }
        if (front.Text("lastmod") is { } lastmod) text.Append("lastmod: ").Append(YamlText.Date(lastmod)).Append('\n');
        if (target.IsArticle)
        {
            if (front.Text("publishDate") is { } publish) text.Append("publishDate: ").Append(YamlText.Date(publish)).Append('\n');
            if (front.Text("expiryDate") is { } expiry) text.Append("expiryDate: ").Append(YamlText.Date(expiry)).Append('\n');
            if (front.Text("draft") == "true") text.Append("draft: true\n");
        }
        if ((front.Text("summary") ?? front.Text("description")) is { Length: > 0 } summary) text.Append("summary: ").Append(YamlText.Scalar(summary)).Append('\n');
        if (target.IsArticle)
        {
            if (AuthorNames(page).Count > 0) text.Append("author: ").Append(YamlText.List(AuthorNames(page).Select(AuthorId).Distinct())).Append('\n');
            text.Append("topics: ").Append(YamlText.List(topics.Of(page))).Append('\n');
        }
        if (target.TranslationKey is { } key) text.Append("translationKey: ").Append(YamlText.Scalar(key)).Append('\n');
        if (target.Aliases.Count > 0) text.Append("aliases: ").Append(YamlText.List(target.Aliases)).Append('\n');
        return text.Append("---\n").ToString();
    }

    /// <summary>The names of a post's authors: Hugo's authors taxonomy, or its author key.</summary>
    private static List<string> AuthorNames(HugoPage page)
    {
        var names = page.Front.Texts("authors");
        if (names.Count == 0 && page.Front.Text("author") is { } one) names = [one];
        return names.Select(n => n.Trim()).Where(n => AuthorId(n).Length > 0).ToList();
    }

    /// <summary>An author's id in authors.yml (and the last segment of its page's address): the name folded as a title is.</summary>
    private static string AuthorId(string name) => Slugs.FromTitle(name);

    private static string AuthorsYaml(Dictionary<string, string> authors)
    {
        var text = new StringBuilder("# The authors of the Hugo site, by the names its posts gave; add a role and bio per language (fr: { role: …, bio: … }).\n");
        foreach (var (id, name) in authors.OrderBy(a => a.Key, StringComparer.Ordinal))
            text.Append(id).Append(":\n  name: ").Append(YamlText.Scalar(name)).Append('\n');
        return text.ToString();
    }

    private static string Capitalized(string text) => text.Length == 0 ? "Page" : char.ToUpperInvariant(text[0]) + text[1..];

    private static string SiteYaml(HugoConfig config)
    {
        var text = new StringBuilder();
        var baseUrl = config.BaseUrl.EndsWith('/') ? config.BaseUrl : config.BaseUrl + "/";
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")) baseUrl = "https://example.org/";
        text.Append("baseUrl: ").Append(baseUrl).Append('\n');
        text.Append("defaultLanguage: ").Append(config.DefaultLanguage).Append('\n');
        text.Append("languages:\n");
        foreach (var language in config.Languages)
        {
            var french = language.Code == "fr";
            text.Append("  ").Append(language.Code).Append(":\n");
            text.Append("    name: ").Append(YamlText.Scalar(language.Name)).Append('\n');
            if (language.Locale is { } locale) text.Append("    locale: ").Append(YamlText.Scalar(locale)).Append('\n');
            text.Append("    title: ").Append(YamlText.Scalar(language.Title)).Append('\n');
            if (language.Description.Length > 0) text.Append("    description: ").Append(YamlText.Scalar(language.Description)).Append('\n');
            text.Append(french
                ? "    paths: { articles: articles, topics: sujets, timeline: chronologie, search: recherche }\n"
                : "    paths: { articles: articles, topics: topics, timeline: timeline, search: search }\n");
        }
        return text.ToString();
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }
}

/// <summary>Where one Hugo page goes in SiteGen's input.</summary>
internal sealed record PagePlan(string Language, bool IsArticle, string Slug, string? TranslationKey, List<string> Aliases);
