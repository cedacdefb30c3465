using System.Text.Json;
using SiteGen.Content.Loading;
using SiteGen.Rules;
using SiteGen.Rules.Yaml;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen new article</c>: writes a draft with valid front matter, its slug folded from the title;
/// with --translation-of it takes the topics and translationKey of the source article. It never
/// overwrites a file.
/// </summary>
internal static class NewArticleCommand
{
    public sealed record Options(string Input, string Language, string Title, IReadOnlyList<string> Topics, string? TranslationOf, DateOnly Today);

    public static async Task<int> RunAsync(Options options, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new List<Diagnostic>();
        var sitePath = Path.Combine(options.Input, "site.yml");
        var topicsPath = Path.Combine(options.Input, "topics.yml");
        if (!File.Exists(sitePath) || !File.Exists(topicsPath))
            return await Fail(stderr, $"'{options.Input}' has no site.yml and topics.yml; run from the site's folder or pass --input.", SiteGenCli.UsageError);
        var site = SiteFiles.ReadSettings(Path.GetFullPath(sitePath), File.ReadAllBytes(sitePath), diagnostics);
        var topics = site is null ? null : SiteFiles.ReadTopics(Path.GetFullPath(topicsPath), File.ReadAllBytes(topicsPath), site, diagnostics);
        foreach (var diagnostic in diagnostics) await stderr.WriteLineAsync(diagnostic.ToString());
        if (site is null || topics is null) return SiteGenCli.ContentErrors;

        var codes = site.Languages.Select(l => l.Code).ToList();
        if (!codes.Contains(options.Language))
            return await Fail(stderr, $"--lang {options.Language} is not a language of site.yml; use one of {string.Join(", ", codes)}.", SiteGenCli.UsageError);

        var topicIds = options.Topics.ToList();
        var translationKey = (string?)null;
        if (options.TranslationOf is { } key)
        {
            var source = FindByTranslationKey(options.Input, codes, key);
            if (source is null)
                return await Fail(stderr, $"No article has translationKey '{key}'; 'sitegen translations' lists the articles to translate.", SiteGenCli.UsageError);
            if (source.Value.Language == options.Language || FindByTranslationKey(options.Input, [options.Language], key) is not null)
                return await Fail(stderr, $"translationKey '{key}' already has a {options.Language} article; edit it instead.", SiteGenCli.UsageError);
            translationKey = key;
            if (topicIds.Count == 0) topicIds = [.. source.Value.Topics];
        }
        var known = topics.Select(t => t.Id).ToList();
        foreach (var unknown in topicIds.Where(t => !known.Contains(t)))
            return await Fail(stderr, $"'{unknown}' is not a topic of topics.yml{KeySuggestion.DidYouMean(unknown, known, $"; use one of {string.Join(", ", known)}.")}", SiteGenCli.UsageError);
        if (topicIds.Count == 0)
            return await Fail(stderr, $"An article needs at least one topic; add --topics, such as --topics {known.FirstOrDefault() ?? "tiktok"}.", SiteGenCli.UsageError);

        var slug = Slugs.FromTitle(options.Title);
        var folder = Path.Combine(options.Input, options.Language, "articles");
        var path = Path.Combine(folder, slug + ".md");
        if (File.Exists(path))
            return await Fail(stderr, $"{path} already exists; SiteGen never overwrites an article. Choose another title, or edit that file.", SiteGenCli.UsageError);

        Directory.CreateDirectory(folder);
        var text = $"""
            ---
            title: {Quoted(options.Title)}
            date: {options.Today:yyyy-MM-dd}
            draft: true
            topics: [{string.Join(", ", topicIds)}]
            translationKey: {translationKey ?? slug}
            ---
            {(options.Language == "fr" ? "Écrivez l’article ici, en Markdown." : "Write the article here, in Markdown.")}

            """;
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false)))
            await writer.WriteAsync(text);
        await stdout.WriteLineAsync($"Created {path} as a draft: 'sitegen serve' shows it; set draft: false to publish it.");
        return SiteGenCli.Success;
    }

    /// <summary>The title as a double-quoted YAML scalar (a JSON string is one), accents kept as written.</summary>
    private static string Quoted(string title)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            json.WriteStringValue(title);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The language and topics of the article carrying <paramref name="key"/>, read from the front matter alone.</summary>
    private static (string Language, IReadOnlyList<string> Topics)? FindByTranslationKey(string input, IReadOnlyList<string> languages, string key)
    {
        foreach (var language in languages)
        {
            var folder = Path.Combine(input, language, "articles");
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
            {
                var mapping = ContentYaml.ReadFrontMatter(File.ReadAllText(file), file, [], out _);
                if (mapping is null || ArticleRules.Scalar(mapping, "translationKey")?.Value != key) continue;
                var topics = ArticleRules.Value(mapping, "topics") switch
                {
                    YamlSequence list => list.Items.OfType<YamlScalar>().Select(t => t.Value).ToList(),
                    YamlScalar one => [one.Value],
                    _ => [],
                };
                return (language, topics);
            }
        }
        return null;
    }

    private static async Task<int> Fail(TextWriter stderr, string message, int code)
    {
        await stderr.WriteLineAsync($"sitegen: error: {message}");
        return code;
    }
}
