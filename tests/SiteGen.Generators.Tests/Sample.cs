namespace SiteGen.Generators.Tests;

/// <summary>A small valid site, as in-memory files, to break one piece at a time.</summary>
internal static class Sample
{
    public const string Root = "/site/";

    public const string SiteYaml = """
        baseUrl: https://example.org/news/
        defaultLanguage: fr
        languages:
          fr:
            name: Français
            title: Le Fil
            paths: { articles: articles, topics: sujets, timeline: chronologie, search: recherche }
          en:
            name: English
            title: The Thread
            paths: { articles: articles, topics: topics, timeline: timeline, search: search }
        """;

    public const string TopicsYaml = """
        tiktok:
          fr: { name: TikTok, slug: tiktok }
          en: { name: TikTok, slug: tiktok }
        social-commerce:
          fr: { name: Commerce social, slug: commerce-social }
          en: { name: Social commerce, slug: social-commerce }
        """;

    public static string Article(string title = "Un titre", string date = "2024-09-10", string topics = "[tiktok]", string extra = "") =>
        $"---\ntitle: {title}\ndate: {date}\ntopics: {topics}\n{extra}---\nCorps.\n";

    public static List<InMemoryFile> Files(int articles = 3) =>
    [
        new(Root + "input/site.yml", SiteYaml),
        new(Root + "input/topics.yml", TopicsYaml),
        .. Enumerable.Range(0, articles).Select(i => new InMemoryFile($"{Root}input/fr/articles/a{i}.md", Article($"Titre {i}"))),
    ];
}
