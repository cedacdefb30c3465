using System;
using System.Collections.Generic;

namespace SiteGen.Rules
{
    /// <summary>A Markdown file cut into its YAML front matter and its body, with the lines each starts on.</summary>
    public sealed class FrontMatter
    {
        private FrontMatter(string yaml, int yamlFirstLine, string body, int bodyFirstLine)
        {
            Yaml = yaml;
            YamlFirstLine = yamlFirstLine;
            Body = body;
            BodyFirstLine = bodyFirstLine;
        }

        public string Yaml { get; }
        public int YamlFirstLine { get; }
        public string Body { get; }
        public int BodyFirstLine { get; }

        /// <summary>Splits on a first line "---" and the next line that is "---" or "...".</summary>
        public static FrontMatter? Split(string text, string path, List<Diagnostic> diagnostics)
        {
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var firstEnd = LineEnd(text, start);
            if (text.Substring(start, firstEnd - start).TrimEnd() != "---")
            {
                diagnostics.Add(DiagnosticKind.MissingFrontMatter.At(path, 1, 1,
                    "The file must start with front matter: a line '---', the keys (title, date, topics …), then a line '---'."));
                return null;
            }
            var yamlStart = NextLine(text, firstEnd);
            var line = 2;
            for (var position = yamlStart; position < text.Length; position = NextLine(text, LineEnd(text, position)), line++)
            {
                var end = LineEnd(text, position);
                var content = text.Substring(position, end - position).TrimEnd();
                if (content == "---" || content == "...")
                {
                    return new FrontMatter(text.Substring(yamlStart, position - yamlStart), 2,
                        text.Substring(NextLine(text, end)), line + 1);
                }
            }
            diagnostics.Add(DiagnosticKind.UnclosedFrontMatter.At(path, 1, 1,
                "The front matter opened on line 1 is never closed; add a line '---' after the last key."));
            return null;
        }

        private static int LineEnd(string text, int position)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0) return text.Length;
            return end > position && text[end - 1] == '\r' ? end - 1 : end;
        }

        private static int NextLine(string text, int lineEnd)
        {
            if (lineEnd < text.Length && text[lineEnd] == '\r') lineEnd++;
            return Math.Min(text.Length, lineEnd + 1);
        }
    }
}
