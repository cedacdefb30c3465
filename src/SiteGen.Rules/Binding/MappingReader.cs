using System.Collections.Generic;
using SiteGen.Rules.Yaml;

namespace SiteGen.Rules.Binding
{
    /// <summary>
    /// Reads typed values out of one YAML mapping, reporting each problem at the value (or, for a
    /// missing key, at the mapping) with a sentence that says what to write. Binders, written by
    /// hand or emitted by the generator, are sequences of calls to it.
    /// </summary>
    public sealed class MappingReader
    {
        private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> entries = new Dictionary<string, KeyValuePair<YamlScalar, YamlNode>>();

        public MappingReader(YamlMapping mapping, string path, List<Diagnostic> diagnostics, string context)
        {
            Mapping = mapping;
            Path = path;
            Diagnostics = diagnostics;
            Context = context;
            foreach (var entry in mapping.Entries) entries[entry.Key.Value] = entry;
        }

        public YamlMapping Mapping { get; }
        public string Path { get; }
        public List<Diagnostic> Diagnostics { get; }

        /// <summary>What the mapping is, for messages: "the front matter", "the event".</summary>
        public string Context { get; }

        /// <summary>Errors reported so far into the shared list, by this reader or any other.</summary>
        public int ErrorCount
        {
            get
            {
                var count = 0;
                foreach (var diagnostic in Diagnostics)
                    if (diagnostic.IsError) count++;
                return count;
            }
        }

        public void Report(DiagnosticKind kind, int line, int column, string message)
        {
            Diagnostics.Add(kind.At(Path, line, column, message));
        }

        public void Report(DiagnosticKind kind, YamlNode at, string message) => Report(kind, at.Line, at.Column, message);

        /// <summary>Warns about each key that is not in <paramref name="known"/>, naming the nearest known key.</summary>
        public void WarnUnknownKeys(IReadOnlyList<string> known)
        {
            var set = new HashSet<string>(known);
            foreach (var entry in Mapping.Entries)
            {
                if (set.Contains(entry.Key.Value)) continue;
                Report(DiagnosticKind.UnknownKey, entry.Key,
                    $"'{entry.Key.Value}' is not a known key of {Context}" +
                    KeySuggestion.DidYouMean(entry.Key.Value, known, $"; the known keys are {string.Join(", ", known)}."));
            }
        }

        /// <summary>The value written for <paramref name="key"/>; null (with an error when required) if absent or empty.</summary>
        public YamlNode? Node(string key, bool required, string example)
        {
            example = ExampleOf(key, example);
            if (entries.TryGetValue(key, out var entry) && !(entry.Value is YamlScalar scalar && scalar.IsNull))
                return entry.Value;
            if (required)
            {
                if (entries.TryGetValue(key, out entry))
                    Report(DiagnosticKind.EmptyValue, entry.Key, $"'{key}' has no value; write it, for example {key}: {example}.");
                else
                    Report(DiagnosticKind.RequiredKeyMissing, Mapping, $"{Capitalized(Context)} has no '{key}'; add a line {key}: {example}.");
            }
            return null;
        }

        public Located<string>? String(string key, bool required = false, string example = "…")
        {
            example = ExampleOf(key, example);
            var node = Node(key, required, example);
            if (node == null) return null;
            if (node is YamlScalar scalar)
            {
                // '' or '   ' would make a page with an empty <title> and <h1>.
                if (required && IsBlank(scalar.Value))
                {
                    Report(DiagnosticKind.EmptyValue, node, $"'{key}' is blank; write a text, for example {key}: {example}.");
                    return null;
                }
                return new Located<string>(scalar.Value, node.Line, node.Column);
            }
            Report(DiagnosticKind.WrongType, node, $"'{key}' must be a single text, not {node.KindName}; write {key}: {example}.");
            return null;
        }

        public Located<bool>? Bool(string key, bool required = false)
        {
            var text = String(key, required, "true");
            if (text == null) return null;
            var value = text.Value;
            if (ScalarParsers.TryBool(value.Value, out var result, out var error)) return new Located<bool>(result, value.Line, value.Column);
            Report(DiagnosticKind.WrongType, value.Line, value.Column, $"'{key}': {error}");
            return null;
        }

        public Located<int>? Int(string key, bool required = false, string example = "20")
        {
            var text = String(key, required, example);
            if (text == null) return null;
            var value = text.Value;
            if (ScalarParsers.TryInt(value.Value, out var result, out var error)) return new Located<int>(result, value.Line, value.Column);
            Report(DiagnosticKind.WrongType, value.Line, value.Column, $"'{key}': {error}");
            return null;
        }

        public Located<System.DateTimeOffset>? DateTime(string key, bool required = false)
        {
            var text = String(key, required, "2024-09-10");
            if (text == null) return null;
            var value = text.Value;
            if (ScalarParsers.TryDateTime(value.Value, TimeZone, out var result, out var error))
                return new Located<System.DateTimeOffset>(result, value.Line, value.Column);
            Report(DiagnosticKind.InvalidDate, value.Line, value.Column, $"'{key}': {error}");
            return null;
        }

        public Located<PartialDate>? PartialDate(string key, bool required = false)
        {
            var text = String(key, required, "2022-12");
            if (text == null) return null;
            var value = text.Value;
            if (Rules.PartialDate.TryParse(value.Value, out var result, out var error))
                return new Located<PartialDate>(result, value.Line, value.Column);
            Report(DiagnosticKind.InvalidDate, value.Line, value.Column, $"'{key}': {error}");
            return null;
        }

        /// <summary>A list of texts; a single text is taken as a list of one.</summary>
        public List<Located<string>>? StringList(string key, bool required = false, string example = "[a, b]")
        {
            example = ExampleOf(key, example);
            var node = Node(key, required, example);
            if (node == null) return null;
            if (node is YamlScalar single)
            {
                if (!IsBlank(single.Value)) return new List<Located<string>> { new Located<string>(single.Value, single.Line, single.Column) };
                if (required) Report(DiagnosticKind.EmptyValue, node, $"'{key}' is blank; write at least one, for example {key}: {example}.");
                return new List<Located<string>>();
            }
            if (!(node is YamlSequence sequence))
            {
                Report(DiagnosticKind.WrongType, node, $"'{key}' must be a list, not {node.KindName}; write {key}: {example}.");
                return null;
            }
            var list = new List<Located<string>>(sequence.Items.Count);
            foreach (var item in sequence.Items)
            {
                if (item is YamlScalar scalar && !scalar.IsNull)
                {
                    if (IsBlank(scalar.Value)) Report(DiagnosticKind.EmptyValue, item, $"An item of '{key}' is blank; remove it or write a text, for example {key}: {example}.");
                    else list.Add(new Located<string>(scalar.Value, item.Line, item.Column));
                }
                else Report(DiagnosticKind.WrongType, item, $"Each item of '{key}' must be a single text, not {item.KindName}; write {key}: {example}.");
            }
            if (list.Count == 0 && required)
                Report(DiagnosticKind.EmptyValue, node, $"'{key}' is empty; write at least one, for example {key}: {example}.");
            return list;
        }

        public YamlMapping? Submapping(string key, bool required = false, string example = "{ … }")
        {
            var node = Node(key, required, example);
            if (node == null) return null;
            if (node is YamlMapping mapping) return mapping;
            Report(DiagnosticKind.WrongType, node, $"'{key}' must be a set of keys, not {node.KindName}.");
            return null;
        }

        /// <summary>A list whose items are each a set of keys.</summary>
        public List<YamlMapping>? MappingList(string key, bool required = false, string example = "- { … }")
        {
            var node = Node(key, required, example);
            if (node == null) return null;
            if (!(node is YamlSequence sequence))
            {
                Report(DiagnosticKind.WrongType, node, $"'{key}' must be a list, each item starting with '- ', not {node.KindName}.");
                return null;
            }
            var list = new List<YamlMapping>(sequence.Items.Count);
            foreach (var item in sequence.Items)
            {
                if (item is YamlMapping mapping) list.Add(mapping);
                else Report(DiagnosticKind.WrongType, item, $"Each item of '{key}' must be a set of keys (date:, title: …), not {item.KindName}.");
            }
            return list;
        }

        /// <summary>A set of keys whose values are each a set of keys, such as the languages of site.yml.</summary>
        public List<KeyValuePair<YamlScalar, YamlMapping>>? MappingEntries(string key, bool required = false, string example = "{ … }")
        {
            var mapping = Submapping(key, required, example);
            if (mapping == null) return null;
            var list = new List<KeyValuePair<YamlScalar, YamlMapping>>(mapping.Entries.Count);
            foreach (var entry in mapping.Entries)
            {
                if (entry.Value is YamlMapping value) list.Add(new KeyValuePair<YamlScalar, YamlMapping>(entry.Key, value));
                else Report(DiagnosticKind.WrongType, entry.Value, $"'{entry.Key.Value}' under '{key}' must be a set of keys, not {entry.Value.KindName}.");
            }
            return list;
        }

        /// <summary>One of a fixed set of words.</summary>
        public Located<string>? Enum(string key, IReadOnlyList<string> values, bool required = false)
        {
            var text = String(key, required, values.Count > 0 ? values[0] : "…");
            if (text == null) return null;
            var value = text.Value;
            foreach (var allowed in values)
                if (allowed == value.Value) return value;
            Report(DiagnosticKind.WrongType, value.Line, value.Column,
                $"'{key}' cannot be '{value.Value}'" + KeySuggestion.DidYouMean(value.Value, values, "") + $"; write one of {string.Join(", ", values)}.");
            return null;
        }

        public MappingReader Nested(YamlMapping mapping, string context) =>
            new MappingReader(mapping, Path, Diagnostics, context) { TimeZone = TimeZone, Examples = Examples };

        /// <summary>Examples taken from the site itself (its own topic ids), in place of the schema's, by key.</summary>
        public IReadOnlyDictionary<string, string>? Examples { get; set; }

        private string ExampleOf(string key, string example) =>
            Examples != null && Examples.TryGetValue(key, out var own) ? own : example;

        /// <summary>The time zone of dates and times written without an offset (the site's); UTC when not set.</summary>
        public System.TimeZoneInfo TimeZone { get; set; } = System.TimeZoneInfo.Utc;

        private static bool IsBlank(string text)
        {
            foreach (var c in text)
                if (!char.IsWhiteSpace(c)) return false;
            return true;
        }

        private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
