using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SiteGen.Generators
{
    /// <summary>Writes the typed catalogues: <c>Topics</c> from topics.yml and <c>Strings</c> from theme/i18n/*.yml.</summary>
    public static class CatalogEmitter
    {
        public static string Topics(string ns, IReadOnlyList<TopicEntry> topics)
        {
            var code = Header(ns);
            code.AppendLine("    /// <summary>The topics of input/topics.yml, one member each.</summary>");
            code.AppendLine("    public static partial class Topics");
            code.AppendLine("    {");
            code.AppendLine("        /// <summary>A topic's name and slug in one language.</summary>");
            code.AppendLine("        public sealed record Name(string Language, string Text, string Slug);");
            code.AppendLine();
            code.AppendLine("        /// <summary>A topic: its id and its name in each language.</summary>");
            code.AppendLine("        public sealed record Topic(string Id, global::System.Collections.Generic.IReadOnlyList<Name> Names)");
            code.AppendLine("        {");
            code.AppendLine("            public Name In(string language) => global::System.Linq.Enumerable.First(Names, n => n.Language == language);");
            code.AppendLine("        }");
            foreach (var topic in topics)
            {
                var names = string.Join(", ", topic.Names.Select(n => $"new Name({BinderEmitter.Literal(n.Language)}, {BinderEmitter.Literal(n.Name)}, {BinderEmitter.Literal(n.Slug)})"));
                code.AppendLine();
                code.AppendLine($"        /// <summary>{Escape(string.Join(" / ", topic.Names.Select(n => n.Name)))}</summary>");
                code.AppendLine($"        public static readonly Topic {Member(topic.Id)} = new Topic({BinderEmitter.Literal(topic.Id)}, new Name[] {{ {names} }});");
            }
            code.AppendLine();
            code.AppendLine("        /// <summary>Every topic, in the order of topics.yml.</summary>");
            code.AppendLine($"        public static readonly global::System.Collections.Generic.IReadOnlyList<Topic> All = new Topic[] {{ {string.Join(", ", topics.Select(t => Member(t.Id)))} }};");
            code.AppendLine("    }");
            code.AppendLine("}");
            return code.ToString();
        }

        public static string Authors(string ns, IReadOnlyList<AuthorEntry> authors)
        {
            var code = Header(ns);
            code.AppendLine("    /// <summary>The authors of input/authors.yml, one member each.</summary>");
            code.AppendLine("    public static partial class Authors");
            code.AppendLine("    {");
            code.AppendLine("        /// <summary>An author's name in one language.</summary>");
            code.AppendLine("        public sealed record Name(string Language, string Text);");
            code.AppendLine();
            code.AppendLine("        /// <summary>An author: its id (the address of its page) and its name in each language.</summary>");
            code.AppendLine("        public sealed record Author(string Id, global::System.Collections.Generic.IReadOnlyList<Name> Names)");
            code.AppendLine("        {");
            code.AppendLine("            public Name In(string language) => global::System.Linq.Enumerable.First(Names, n => n.Language == language);");
            code.AppendLine("        }");
            foreach (var author in authors)
            {
                var names = string.Join(", ", author.Names.Select(n => $"new Name({BinderEmitter.Literal(n.Language)}, {BinderEmitter.Literal(n.Name)})"));
                code.AppendLine();
                code.AppendLine($"        /// <summary>{Escape(string.Join(" / ", author.Names.Select(n => n.Name).Distinct()))}</summary>");
                code.AppendLine($"        public static readonly Author {Member(author.Id)} = new Author({BinderEmitter.Literal(author.Id)}, new Name[] {{ {names} }});");
            }
            code.AppendLine();
            code.AppendLine("        /// <summary>Every author, in the order of authors.yml.</summary>");
            code.AppendLine($"        public static readonly global::System.Collections.Generic.IReadOnlyList<Author> All = new Author[] {{ {string.Join(", ", authors.Select(a => Member(a.Id)))} }};");
            code.AppendLine("    }");
            code.AppendLine("}");
            return code.ToString();
        }

        public static string Strings(string ns, IReadOnlyList<StringsFile> files)
        {
            var languages = files.OrderBy(f => f.Language, System.StringComparer.Ordinal).ToList();
            var keys = languages.SelectMany(f => f.Entries).GroupBy(e => e.Key).Select(g => g.First())
                .Where(e => languages.All(f => f.Entries.Any(x => x.Key == e.Key && (x.Text == null) == (e.Text == null))))
                .ToList();
            var code = Header(ns);
            code.AppendLine("    /// <summary>The interface strings of each language, from theme/i18n/*.yml.</summary>");
            code.AppendLine("    public sealed partial class Strings");
            code.AppendLine("    {");
            code.AppendLine("        /// <summary>The language these strings are written in.</summary>");
            code.AppendLine("        public string LanguageCode { get; }");
            foreach (var key in keys)
            {
                var type = key.Text == null ? "global::System.Collections.Generic.IReadOnlyList<string>" : "string";
                code.AppendLine($"        public {type} {Member(key.Key)} {{ get; }}");
            }
            code.AppendLine();
            code.AppendLine($"        private Strings(string languageCode{string.Concat(keys.Select(k => $", {(k.Text == null ? "string[]" : "string")} {Parameter(k.Key)}"))})");
            code.AppendLine("        {");
            code.AppendLine("            LanguageCode = languageCode;");
            foreach (var key in keys) code.AppendLine($"            {Member(key.Key)} = {Parameter(key.Key)};");
            code.AppendLine("        }");
            foreach (var file in languages)
            {
                var values = keys.Select(k => file.Entries.First(e => e.Key == k.Key)).Select(e => e.Text != null
                    ? BinderEmitter.Literal(e.Text)
                    : $"new string[] {{ {string.Join(", ", e.List.Select(BinderEmitter.Literal))} }}");
                code.AppendLine();
                code.AppendLine($"        public static readonly Strings {Member(file.Language)} = new Strings({BinderEmitter.Literal(file.Language)}{string.Concat(values.Select(v => ", " + v))});");
            }
            code.AppendLine();
            code.AppendLine("        /// <summary>The languages the theme speaks.</summary>");
            code.AppendLine($"        public static readonly global::System.Collections.Generic.IReadOnlyList<Strings> All = new Strings[] {{ {string.Join(", ", languages.Select(f => Member(f.Language)))} }};");
            code.AppendLine();
            code.AppendLine("        /// <summary>The strings of <paramref name=\"language\"/>; null when the theme has no such language.</summary>");
            code.AppendLine("        public static Strings? For(string language) => language switch");
            code.AppendLine("        {");
            foreach (var file in languages) code.AppendLine($"            {BinderEmitter.Literal(file.Language)} => {Member(file.Language)},");
            code.AppendLine("            _ => null,");
            code.AppendLine("        };");
            code.AppendLine("    }");
            code.AppendLine("}");
            return code.ToString();
        }

        private static StringBuilder Header(string ns)
        {
            var code = new StringBuilder();
            code.AppendLine("// <auto-generated>Made by SiteGen.Generators from the site's YAML files; do not edit.</auto-generated>");
            code.AppendLine("#nullable enable");
            code.AppendLine($"namespace {(ns.Length == 0 ? "SiteGen" : ns)}");
            code.AppendLine("{");
            return code;
        }

        /// <summary>"social-commerce" gives SocialCommerce; a name that would start with a digit gets a leading underscore.</summary>
        public static string Member(string key)
        {
            var name = new StringBuilder();
            var upper = true;
            foreach (var c in key)
            {
                if (!char.IsLetterOrDigit(c)) { upper = true; continue; }
                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            if (name.Length == 0 || char.IsDigit(name[0])) name.Insert(0, '_');
            return name.ToString();
        }

        private static string Parameter(string key) => "@" + key.Replace('-', '_');

        private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
