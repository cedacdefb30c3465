using System;

namespace SiteGen.Rules.Schema
{
    /// <summary>
    /// Marks a partial record as the schema of a YAML file or of a part of one. The generator
    /// emits a reflection-free <c>Bind</c> method for it, and checks the content files against it
    /// at compile time. Keys are the properties' names in camelCase; <c>required</c> members are
    /// required keys.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    public sealed class FrontMatterAttribute : Attribute
    {
        /// <param name="context">How messages name what is being read: "the front matter", "an event".</param>
        public FrontMatterAttribute(string context) => Context = context;

        public string Context { get; }

        /// <summary>
        /// The file this record is the schema of, for the compile-time checks: "article"
        /// (input/{language}/articles/*.md), "site" (input/site.yml) or "topic" (each name in
        /// input/topics.yml). Records nested in another leave it empty.
        /// </summary>
        public string? Role { get; set; }
    }

    /// <summary>The example shown in messages about this key: "add a line title: {example}".</summary>
    [AttributeUsage(AttributeTargets.Property, Inherited = false)]
    public sealed class ExampleAttribute : Attribute
    {
        public ExampleAttribute(string example) => Example = example;

        public string Example { get; }
    }
}
