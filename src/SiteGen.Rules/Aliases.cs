using System;
using System.Collections.Generic;
using SiteGen.Rules.Binding;
using SiteGen.Rules.Yaml;

namespace SiteGen.Rules
{
    /// <summary>
    /// <c>aliases:</c>, old addresses that redirect to a page (Hugo's key): each a path from the
    /// site's root (<c>/2017/08/24/old-address/</c> or <c>/old/page.html</c>), without a scheme,
    /// host, query, fragment or <c>..</c>.
    /// </summary>
    public static class Aliases
    {
        public static IReadOnlyList<Located<string>> Check(YamlNode? node, string path, List<Diagnostic> diagnostics)
        {
            var found = new List<Located<string>>();
            var items = node is YamlSequence list ? list.Items : node is YamlScalar one ? new YamlNode[] { one } : Array.Empty<YamlNode>();
            foreach (var item in items)
            {
                if (!(item is YamlScalar scalar) || scalar.IsNull) continue;
                var problem = Problem(scalar.Value);
                if (problem == null)
                {
                    found.Add(new Located<string>(Normalize(scalar.Value), scalar.Line, scalar.Column));
                    continue;
                }
                diagnostics.Add(DiagnosticKind.InvalidAlias.At(path, scalar.Line, scalar.Column,
                    $"The alias '{scalar.Value}' {problem}; write the old address from the site's root, for example - /2017/08/24/old-address/."));
            }
            return found;
        }

        /// <summary>Null when <paramref name="alias"/> is a path of the site, else why not.</summary>
        public static string? Problem(string alias)
        {
            alias = alias.Trim();
            if (alias.Length == 0) return "is empty";
            if (alias.Contains("://") || alias.StartsWith("//", StringComparison.Ordinal)) return "is a whole address; only its path can redirect";
            if (alias[0] != '/') return $"does not start with '/' (write /{alias})";
            if (alias.IndexOfAny(new[] { '?', '#', '\\', '"', '<', '>', ' ' }) >= 0) return "has a character a path cannot hold (? # \\ \" < > or a space)";
            foreach (var segment in alias.Split('/'))
                if (segment == ".." || segment == ".") return "has a '.' or '..' segment";
            if (alias == "/") return "is the site's root";
            foreach (var data in new[] { ".xml", ".json", ".txt", ".webmanifest", ".css", ".js" })
                if (alias.EndsWith(data, StringComparison.OrdinalIgnoreCase)) return "names a data file; only pages redirect";
            return null;
        }

        /// <summary>The path as its redirect page is published: a folder ends in '/', a file keeps its name (<c>/old.html</c>).</summary>
        public static string Normalize(string alias)
        {
            alias = alias.Trim();
            var last = alias.Substring(alias.LastIndexOf('/') + 1);
            return last.Length == 0 || last.IndexOf('.') >= 0 ? alias : alias + "/";
        }
    }
}
