using System;
using System.Collections.Generic;
using System.Linq;

namespace SiteGen.Rules.Schema
{
    /// <summary>The kinds of value a schema key can hold.</summary>
    public enum FieldKind { String, Bool, Int, DateTime, PartialDate, StringList, Enum, Record, RecordList, RecordMap }

    /// <summary>One key of a schema: its C# property, YAML key, kind and whether it must be written.</summary>
    public sealed class FieldSchema : IEquatable<FieldSchema>
    {
        public FieldSchema(string property, string key, FieldKind kind, bool required, string? example,
            string? elementType = null, IReadOnlyList<string>? enumValues = null)
        {
            Property = property;
            Key = key;
            Kind = kind;
            Required = required;
            Example = example;
            ElementType = elementType;
            EnumValues = enumValues ?? Array.Empty<string>();
        }

        public string Property { get; }
        public string Key { get; }
        public FieldKind Kind { get; }
        public bool Required { get; }
        public string? Example { get; }

        /// <summary>The full type name of the nested record (Record, RecordList, RecordMap) or of the enum.</summary>
        public string? ElementType { get; }

        /// <summary>For an enum: the names its members are written with, in camelCase.</summary>
        public IReadOnlyList<string> EnumValues { get; }

        /// <summary>The example a message shows when none is given.</summary>
        public string ExampleOrDefault => Example ?? DefaultExample(Kind, EnumValues);

        private static string DefaultExample(FieldKind kind, IReadOnlyList<string> enumValues)
        {
            switch (kind)
            {
                case FieldKind.Bool: return "true";
                case FieldKind.Int: return "20";
                case FieldKind.DateTime: return "2024-09-10";
                case FieldKind.PartialDate: return "2022-12";
                case FieldKind.StringList: return "[a, b]";
                case FieldKind.Enum: return enumValues.Count > 0 ? enumValues[0] : "…";
                case FieldKind.RecordList: return "- { … }";
                case FieldKind.Record:
                case FieldKind.RecordMap: return "{ … }";
                default: return "…";
            }
        }

        public bool Equals(FieldSchema? other) =>
            other != null && Property == other.Property && Key == other.Key && Kind == other.Kind && Required == other.Required
            && Example == other.Example && ElementType == other.ElementType && EnumValues.SequenceEqual(other.EnumValues);

        public override bool Equals(object? obj) => Equals(obj as FieldSchema);
        public override int GetHashCode() => (Property.GetHashCode() * 31 + Key.GetHashCode()) * 31 + (int)Kind;
    }

    /// <summary>The schema of one [FrontMatter] record.</summary>
    public sealed class RecordSchema : IEquatable<RecordSchema>
    {
        public RecordSchema(string typeName, string context, string? role, IReadOnlyList<FieldSchema> fields)
        {
            Role = role;
            TypeName = typeName;
            Context = context;
            Fields = fields;
            Keys = fields.Select(f => f.Key).ToList();
        }

        /// <summary>Full name, such as SiteGen.Content.Schema.ArticleFrontMatter.</summary>
        public string TypeName { get; }
        public string Context { get; }

        /// <summary>"article", "site", "topic", or null for a record nested in another.</summary>
        public string? Role { get; }
        public IReadOnlyList<FieldSchema> Fields { get; }
        public IReadOnlyList<string> Keys { get; }

        public bool Equals(RecordSchema? other) =>
            other != null && TypeName == other.TypeName && Context == other.Context && Role == other.Role && Fields.SequenceEqual(other.Fields);

        public override bool Equals(object? obj) => Equals(obj as RecordSchema);
        public override int GetHashCode() => TypeName.GetHashCode();

        /// <summary>"PublishDate" gives "publishDate": the key an editor writes for a property.</summary>
        public static string KeyOf(string property) =>
            property.Length == 0 ? property : char.ToLowerInvariant(property[0]) + property.Substring(1);
    }
}
