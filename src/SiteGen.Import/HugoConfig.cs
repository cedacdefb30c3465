namespace SiteGen.Import;

/// <summary>One language of a Hugo site's configuration.</summary>
internal sealed record HugoLanguage(string Code, string Name, string Title, string Description, string? ContentDir, int Weight, string? Locale);

/// <summary>
/// What the import takes from a Hugo site's configuration (<c>hugo.toml</c>, <c>config.toml</c>,
/// their YAML and JSON forms, or <c>config/_default/</c>): address, title, languages and permalinks.
/// </summary>
internal sealed record HugoConfig(string BaseUrl, string Title, string DefaultLanguage, bool DefaultLanguageInSubdir,
    IReadOnlyList<HugoLanguage> Languages, IReadOnlyDictionary<string, string> Permalinks, string ConfigFile)
{
    private static readonly string[] Names = ["hugo", "config"];
    private static readonly string[] Extensions = [".toml", ".yaml", ".yml", ".json"];

    public static HugoConfig? Read(string site, List<string> problems)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        string? found = null;
        foreach (var name in Names)
            foreach (var extension in Extensions)
                if (found is null && File.Exists(Path.Combine(site, name + extension)))
                {
                    found = Path.Combine(site, name + extension);
                    Merge(values, Load(found));
                }
        var folder = Path.Combine(site, "config", "_default");
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => Extensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal))
            {
                found ??= file;
                var part = Load(file);
                var key = Path.GetFileNameWithoutExtension(file);
                // config/_default/languages.toml holds what hugo.toml holds under [languages], and so on.
                Merge(values, Names.Contains(key) ? part : new Dictionary<string, object?> { [key] = part });
            }
        }
        if (found is null)
        {
            problems.Add($"{site} has no hugo.toml, config.toml (or .yaml, .json) and no config/_default/: is it a Hugo site?");
            return null;
        }

        var defaultLanguage = values.Text("defaultContentLanguage") ?? "en";
        var languages = new List<HugoLanguage>();
        if (values.Table("languages") is { } table)
            foreach (var (code, value) in table)
            {
                var language = value as Dictionary<string, object?> ?? [];
                var parameters = language.Table("params") ?? [];
                languages.Add(new HugoLanguage(code.ToLowerInvariant(), language.Text("languageName") ?? code,
                    language.Text("title") ?? values.Text("title") ?? code,
                    parameters.Text("description") ?? language.Text("description") ?? "",
                    language.Text("contentDir"), int.TryParse(language.Text("weight"), out var weight) ? weight : 0,
                    language.Text("languageCode") ?? language.Text("locale")));
            }
        if (languages.Count == 0)
            languages.Add(new HugoLanguage(defaultLanguage, defaultLanguage, values.Text("title") ?? "Site", (values.Table("params") ?? []).Text("description") ?? "",
                null, 0, values.Text("languageCode")));
        var permalinks = (values.Table("permalinks") ?? []).Where(p => p.Value is string).ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.OrdinalIgnoreCase);
        return new HugoConfig(values.Text("baseURL") ?? values.Text("baseurl") ?? "https://example.org/", values.Text("title") ?? "Site",
            defaultLanguage.ToLowerInvariant(), values.Text("defaultContentLanguageInSubdir") == "true",
            languages.OrderBy(l => l.Code == defaultLanguage.ToLowerInvariant() ? 0 : 1).ThenBy(l => l.Weight).ThenBy(l => l.Code, StringComparer.Ordinal).ToList(),
            permalinks, found);
    }

    public static Dictionary<string, object?> Load(string file)
    {
        var text = File.ReadAllText(file);
        return Path.GetExtension(file) switch
        {
            ".toml" => HugoValues.FromToml(text),
            ".json" => HugoValues.FromJson(text),
            _ => HugoValues.FromYaml(text),
        };
    }

    private static void Merge(Dictionary<string, object?> into, Dictionary<string, object?> from)
    {
        foreach (var (key, value) in from)
        {
            if (into.GetValueOrDefault(key) is Dictionary<string, object?> existing && value is Dictionary<string, object?> more) Merge(existing, more);
            else into[key] = value;
        }
    }
}
