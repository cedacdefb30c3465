using System;
using System.Collections.Generic;
using System.Linq;
using SiteGen.Rules.Binding;
using SiteGen.Rules.Yaml;

namespace SiteGen.Rules.Schema
{
    /// <summary>
    /// Checks YAML against a schema by interpreting it: the generator uses it at compile time,
    /// where the generated binders cannot run. It makes exactly the <see cref="MappingReader"/>
    /// calls a generated binder makes, in the same order, so both report the same messages.
    /// </summary>
    public sealed class SchemaValidator
    {
        private readonly Dictionary<string, RecordSchema> schemas;

        public SchemaValidator(IEnumerable<RecordSchema> schemas) =>
            this.schemas = schemas.ToDictionary(s => s.TypeName, StringComparer.Ordinal);

        public RecordSchema this[string typeName] => schemas[typeName];

        /// <summary>True when the mapping binds without error.</summary>
        public bool Validate(RecordSchema schema, MappingReader reader)
        {
            var errors = reader.ErrorCount;
            reader.WarnUnknownKeys(schema.Keys);
            foreach (var field in schema.Fields)
            {
                switch (field.Kind)
                {
                    case FieldKind.String: reader.String(field.Key, field.Required, field.ExampleOrDefault); break;
                    case FieldKind.Bool: reader.Bool(field.Key, field.Required); break;
                    case FieldKind.Int: reader.Int(field.Key, field.Required, field.ExampleOrDefault); break;
                    case FieldKind.DateTime: reader.DateTime(field.Key, field.Required); break;
                    case FieldKind.PartialDate: reader.PartialDate(field.Key, field.Required); break;
                    case FieldKind.StringList: reader.StringList(field.Key, field.Required, field.ExampleOrDefault); break;
                    case FieldKind.Enum: reader.Enum(field.Key, field.EnumValues, field.Required); break;
                    case FieldKind.Record:
                    {
                        var nested = reader.Submapping(field.Key, field.Required, field.ExampleOrDefault);
                        var element = this[field.ElementType!];
                        if (nested != null) Validate(element, reader.Nested(nested, element.Context));
                        break;
                    }
                    case FieldKind.RecordList:
                    {
                        var element = this[field.ElementType!];
                        foreach (var item in reader.MappingList(field.Key, field.Required, field.ExampleOrDefault) ?? new List<YamlMapping>())
                            Validate(element, reader.Nested(item, element.Context));
                        break;
                    }
                    case FieldKind.RecordMap:
                    {
                        var element = this[field.ElementType!];
                        foreach (var entry in reader.MappingEntries(field.Key, field.Required, field.ExampleOrDefault) ?? new List<KeyValuePair<YamlScalar, YamlMapping>>())
                            Validate(element, reader.Nested(entry.Value, element.Context + " '" + entry.Key.Value + "'"));
                        break;
                    }
                }
            }
            return reader.ErrorCount == errors;
        }
    }
}
