using System.Collections.Generic;

namespace SiteGen.Rules.Yaml
{
    /// <summary>A YAML node with the place it starts in the editor's file (1-based line and column).</summary>
    public abstract class YamlNode
    {
        protected YamlNode(int line, int column)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }
        public int Column { get; }
        public abstract string KindName { get; }
    }

    public sealed class YamlScalar : YamlNode
    {
        public YamlScalar(string value, bool isPlain, int line, int column) : base(line, column)
        {
            Value = value;
            IsPlain = isPlain;
        }

        public string Value { get; }

        /// <summary>True when written without quotes: only a plain scalar can be null, a number or a bool.</summary>
        public bool IsPlain { get; }

        public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");
        public override string KindName => IsNull ? "nothing" : "a single value";
    }

    public sealed class YamlSequence : YamlNode
    {
        public YamlSequence(IReadOnlyList<YamlNode> items, int line, int column) : base(line, column) => Items = items;

        public IReadOnlyList<YamlNode> Items { get; }
        public override string KindName => "a list";
    }

    public sealed class YamlMapping : YamlNode
    {
        public YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, int line, int column) : base(line, column) =>
            Entries = entries;

        public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }
        public override string KindName => "a set of keys";
    }
}
