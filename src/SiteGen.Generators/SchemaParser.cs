using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SiteGen.Rules;
using SiteGen.Rules.Schema;

namespace SiteGen.Generators
{
    /// <summary>A [FrontMatter] record declared in this compilation: its schema and what the emitter needs besides.</summary>
    public sealed record SchemaRecord(
        RecordSchema Schema,
        string Namespace,
        string Name,
        EquatableArray<string> DefaultedProperties,
        EquatableArray<string> EnumMembers,
        EquatableArray<LocatedProblem> Problems);

    /// <summary>A problem in the C# schema itself, located in source.</summary>
    public sealed record LocatedProblem(string Id, string Message, string FilePath, int Line, int Column, int Start, int Length);

    /// <summary>Turns [FrontMatter] record symbols into schema models; keeps no symbol.</summary>
    public static class SchemaParser
    {
        public const string AttributeName = "SiteGen.Rules.Schema.FrontMatterAttribute";
        private const string ExampleAttributeName = "SiteGen.Rules.Schema.ExampleAttribute";
        private const string PartialDateName = "SiteGen.Rules.PartialDate";

        public static SchemaRecord Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var problems = new List<LocatedProblem>();
            var declaration = type.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<RecordDeclarationSyntax>().FirstOrDefault();
            if (declaration == null || !declaration.Modifiers.Any(m => m.Text == "partial"))
                problems.Add(Problem(type, DiagnosticKind.SchemaNotPartialRecord, $"'{type.Name}' is marked [FrontMatter] but is not a partial record; declare it 'public sealed partial record {type.Name}'."));
            // Left unwritten, these keep the record's own default: an initializer, or a value type that cannot be null.
            var defaulted = type.GetMembers().OfType<IPropertySymbol>()
                .Where(p => p.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is PropertyDeclarationSyntax { Initializer: not null })
                    || (p.Type.IsValueType && p.Type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T))
                .Select(p => p.Name);
            var enumMembers = new List<string>();
            var schema = ToSchema(type, problems, enumMembers);
            return new SchemaRecord(schema, type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString(),
                type.Name, defaulted.ToEquatableArray(), enumMembers.ToEquatableArray(), problems.ToEquatableArray());
        }

        /// <summary>Every [FrontMatter] schema declared in the assemblies this compilation references.</summary>
        public static EquatableArray<RecordSchema> FromReferences(Compilation compilation, CancellationToken cancellationToken)
        {
            var attribute = compilation.GetTypeByMetadataName(AttributeName);
            if (attribute == null) return EquatableArray<RecordSchema>.Empty;
            var found = new List<RecordSchema>();
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!assembly.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == attribute.ContainingAssembly.Name))) continue;
                Collect(assembly.GlobalNamespace, attribute, found);
            }
            return found.OrderBy(s => s.TypeName, System.StringComparer.Ordinal).ToEquatableArray();
        }

        private static void Collect(INamespaceSymbol ns, INamedTypeSymbol attribute, List<RecordSchema> found)
        {
            foreach (var type in ns.GetTypeMembers())
                if (type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)))
                    found.Add(ToSchema(type, new List<LocatedProblem>(), new List<string>()));
            foreach (var child in ns.GetNamespaceMembers()) Collect(child, attribute, found);
        }

        private static RecordSchema ToSchema(INamedTypeSymbol type, List<LocatedProblem> problems, List<string> enumMembers)
        {
            var attribute = type.GetAttributes().First(a => a.AttributeClass?.ToDisplayString() == AttributeName);
            var context = attribute.ConstructorArguments.FirstOrDefault().Value as string ?? type.Name;
            var role = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Role").Value.Value as string;
            var fields = new List<FieldSchema>();
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsImplicitlyDeclared || property.DeclaredAccessibility != Accessibility.Public || property.SetMethod == null) continue;
                var example = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ExampleAttributeName)?
                    .ConstructorArguments.FirstOrDefault().Value as string;
                var field = ToField(property, example, enumMembers);
                if (field == null)
                    problems.Add(Problem(property, DiagnosticKind.UnsupportedSchemaType,
                        $"'{type.Name}.{property.Name}' is of type {property.Type.ToDisplayString()}, which front matter cannot hold; use string, bool, int, DateTimeOffset, PartialDate, an enum, a [FrontMatter] record, or IReadOnlyList/IReadOnlyDictionary<string, …> of those."));
                else fields.Add(field);
            }
            return new RecordSchema(type.ToDisplayString(), context, role, fields);
        }

        private static FieldSchema? ToField(IPropertySymbol property, string? example, List<string> enumMembers)
        {
            var key = RecordSchema.KeyOf(property.Name);
            var required = property.IsRequired;
            var type = property.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
            FieldSchema Make(FieldKind kind, string? element = null, IReadOnlyList<string>? values = null) =>
                new FieldSchema(property.Name, key, kind, required, example, element, values);

            switch (type.SpecialType)
            {
                case SpecialType.System_String: return Make(FieldKind.String);
                case SpecialType.System_Boolean: return Make(FieldKind.Bool);
                case SpecialType.System_Int32: return Make(FieldKind.Int);
            }
            var name = type.OriginalDefinition.ToDisplayString();
            if (name == "System.DateTimeOffset") return Make(FieldKind.DateTime);
            if (name == PartialDateName) return Make(FieldKind.PartialDate);
            if (type.TypeKind == TypeKind.Enum)
            {
                var members = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name).ToList();
                enumMembers.AddRange(members.Select(m => $"{type.ToDisplayString()}.{m}"));
                return Make(FieldKind.Enum, type.ToDisplayString(), members.Select(RecordSchema.KeyOf).ToList());
            }
            if (IsFrontMatter(type)) return Make(FieldKind.Record, type.ToDisplayString());
            if (type is INamedTypeSymbol generic && generic.TypeArguments.Length > 0)
            {
                var element = generic.TypeArguments[generic.TypeArguments.Length - 1].WithNullableAnnotation(NullableAnnotation.NotAnnotated);
                if (name == "System.Collections.Generic.IReadOnlyList<T>")
                {
                    if (element.SpecialType == SpecialType.System_String) return Make(FieldKind.StringList);
                    if (IsFrontMatter(element)) return Make(FieldKind.RecordList, element.ToDisplayString());
                }
                if (name == "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>"
                    && generic.TypeArguments[0].SpecialType == SpecialType.System_String && IsFrontMatter(element))
                    return Make(FieldKind.RecordMap, element.ToDisplayString());
            }
            return null;
        }

        private static bool IsFrontMatter(ITypeSymbol type) =>
            type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == AttributeName);

        private static LocatedProblem Problem(ISymbol symbol, DiagnosticKind kind, string message)
        {
            var location = symbol.Locations.FirstOrDefault(l => l.IsInSource);
            var span = location?.GetLineSpan();
            return new LocatedProblem(kind.Id, message, span?.Path ?? "", (span?.StartLinePosition.Line ?? 0) + 1,
                (span?.StartLinePosition.Character ?? 0) + 1, location?.SourceSpan.Start ?? 0, location?.SourceSpan.Length ?? 0);
        }
    }
}
