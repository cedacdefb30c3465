namespace SiteGen.Import;

/// <summary>One Markdown file of a Hugo site's content: where it is, its language, its front matter and its body.</summary>
/// <param name="Section">The folder under the language's content root (<c>posts</c>); empty for a page at the root (<c>about.md</c>).</param>
/// <param name="Key">The path that pairs translations when no translationKey does: within the language's root, without the language suffix.</param>
/// <param name="Name">The file's name without extension and suffix, or the bundle's folder for an <c>index.md</c>.</param>
/// <param name="BodyFirstLine">The line of the file the body starts on, for located warnings.</param>
internal sealed record HugoPage(string SourcePath, string Language, string Section, string Key, string Name, bool IsBundle,
    Dictionary<string, object?> Front, string Body, int BodyFirstLine);

/// <summary>Finds a Hugo site's content files, by folder (<c>content/fr/</c>, contentDir) or by suffix (<c>post.fr.md</c>).</summary>
internal static class HugoContent
{
    public static (List<HugoPage> Pages, int ListPages) Read(string site, HugoConfig config, List<(string Path, int Line, int Column, string Message)> problems)
    {
        var content = Path.Combine(site, "content");
        var pages = new List<HugoPage>();
        var listPages = 0;
        var codes = config.Languages.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        var roots = config.Languages
            .Select(l => (l.Code, Root: l.ContentDir is { } dir ? Path.Combine(site, dir) : Path.Combine(content, l.Code)))
            .Where(r => Directory.Exists(r.Root)).ToList();
        var byFolder = roots.Count > 0;
        IEnumerable<(string Code, string Root)> sources = byFolder ? roots : [(config.DefaultLanguage, content)];
        foreach (var (code, root) in sources)
        {
            if (!Directory.Exists(root)) continue;
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (Path.GetExtension(file) is not (".md" or ".markdown")) continue;
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                var fileName = Path.GetFileNameWithoutExtension(file);
                var language = code;
                if (!byFolder && Path.GetExtension(fileName) is { Length: > 1 } suffix && codes.Contains(suffix[1..].ToLowerInvariant()))
                {
                    language = suffix[1..].ToLowerInvariant();
                    fileName = Path.GetFileNameWithoutExtension(fileName);
                }
                if (fileName == "_index") { listPages++; continue; }
                var folder = Path.GetDirectoryName(relative)?.Replace('\\', '/') ?? "";
                var bundle = fileName == "index" && folder.Length > 0;
                var name = bundle ? Path.GetFileName(folder) : fileName;
                var section = relative.Contains('/') ? relative[..relative.IndexOf('/')] : "";
                if (bundle && !folder.Contains('/')) section = ""; // content/about/index.md is a page at the root
                var key = (folder.Length > 0 ? folder + "/" : "") + (bundle ? "" : fileName);
                if (Split(file, File.ReadAllText(file), problems) is not { } split) continue;
                pages.Add(new HugoPage(file, language, section, key.TrimEnd('/'), name, bundle, split.Front, split.Body, split.BodyFirstLine));
            }
        }
        return (pages, listPages);
    }

    /// <summary>The front matter (YAML between ---, TOML between +++, or a JSON object) and the body.</summary>
    public static (Dictionary<string, object?> Front, string Body, int BodyFirstLine)? Split(string path, string text,
        List<(string Path, int Line, int Column, string Message)> problems)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n");
        try
        {
            if (text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("+++\n", StringComparison.Ordinal))
            {
                var fence = text[..3];
                var end = text.IndexOf("\n" + fence, 3, StringComparison.Ordinal);
                if (end < 0)
                {
                    problems.Add((path, 1, 1, $"The front matter opened by {fence} is not closed; the file was not imported."));
                    return null;
                }
                var front = text[4..(end + 1)];
                var bodyStart = text.IndexOf('\n', end + 1 + 3);
                var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
                var values = fence == "---" ? HugoValues.FromYaml(front) : HugoValues.FromToml(front);
                return (values, body, LineOf(text, bodyStart + 1));
            }
            if (text.StartsWith('{'))
            {
                var end = text.IndexOf("\n}", StringComparison.Ordinal);
                if (end < 0) throw new FormatException("the JSON front matter has no closing } at the start of a line");
                var bodyStart = text.IndexOf('\n', end + 1);
                return (HugoValues.FromJson(text[..(end + 2)]), bodyStart < 0 ? "" : text[(bodyStart + 1)..], LineOf(text, bodyStart + 1));
            }
            return ([], text, 1);
        }
        catch (Exception exception) when (exception is FormatException or System.Text.Json.JsonException or Tomlyn.TomlException or YamlDotNet.Core.YamlException)
        {
            problems.Add((path, 1, 1, $"The front matter could not be read ({exception.Message.Split('\n')[0]}); the file was not imported."));
            return null;
        }
    }

    private static int LineOf(string text, int offset)
    {
        if (offset <= 0) return 1;
        var line = 1;
        for (var i = 0; i < Math.Min(offset, text.Length); i++)
            if (text[i] == '\n') line++;
        return line;
    }
}
