using System.Collections.Generic;
using System.Linq;
using SiteGen.Rules.Yaml;

namespace SiteGen.Rules
{
    /// <summary>The first steps of reading any content file, shared by the build and the generator.</summary>
    public static class ContentYaml
    {
        /// <summary>The front matter's mapping and the parts of the file, or null after a located error.</summary>
        public static YamlMapping? ReadFrontMatter(string text, string path, List<Diagnostic> diagnostics, out FrontMatter? parts)
        {
            parts = FrontMatter.Split(text, path, diagnostics);
            if (parts == null) return null;
            var root = YamlTreeReader.Read(parts.Yaml, path, parts.YamlFirstLine, diagnostics);
            if (root is YamlMapping mapping) return mapping;
            if (!diagnostics.Any(d => d.IsError))
                diagnostics.Add(DiagnosticKind.WrongType.At(path, root?.Line ?? parts.YamlFirstLine, root?.Column ?? 1,
                    "The front matter must be keys and values, one per line: title: …, date: …, topics: […]."));
            return null;
        }

        /// <summary>A whole YAML file that must be a mapping (site.yml, topics.yml, an i18n file).</summary>
        public static YamlMapping? ReadMapping(string text, string path, List<Diagnostic> diagnostics)
        {
            var root = YamlTreeReader.Read(text, path, 1, diagnostics);
            if (root is YamlMapping mapping) return mapping;
            if (!diagnostics.Any(d => d.IsError))
                diagnostics.Add(DiagnosticKind.WrongType.At(path, root?.Line ?? 1, root?.Column ?? 1, "This file must hold keys and values, one per line."));
            return null;
        }
    }
}
