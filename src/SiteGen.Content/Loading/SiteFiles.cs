using SiteGen.Content.Model;
using SiteGen.Content.Schema;
using SiteGen.Rules;
using SiteGen.Rules.Yaml;

namespace SiteGen.Content.Loading;

/// <summary>Reads <c>site.yml</c> and <c>topics.yml</c>.</summary>
public static class SiteFiles
{
    public static SiteSettings? ReadSettings(string path, byte[] bytes, List<ContentDiagnostic> diagnostics) =>
        ReadMapping(path, bytes, diagnostics) is { } mapping ? SiteSettingsBinder.Bind(mapping, path, diagnostics) : null;

    public static IReadOnlyList<Topic>? ReadTopics(string path, byte[] bytes, SiteSettings site, List<ContentDiagnostic> diagnostics) =>
        ReadMapping(path, bytes, diagnostics) is { } mapping ? TopicCatalogBinder.Bind(mapping, path, site, diagnostics) : null;

    private static YamlMapping? ReadMapping(string path, byte[] bytes, List<ContentDiagnostic> diagnostics)
    {
        var text = SourceText.Decode(bytes, path, diagnostics);
        if (text is null) return null;
        var root = YamlTreeReader.Read(text, path, 1, diagnostics);
        if (root is YamlMapping mapping) return mapping;
        if (!diagnostics.Any(d => d.IsError))
            diagnostics.Add(DiagnosticKind.WrongType.At(path, root?.Line ?? 1, root?.Column ?? 1, "This file must hold keys and values, one per line."));
        return null;
    }
}
