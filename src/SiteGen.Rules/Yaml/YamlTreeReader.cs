using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Rules.Yaml
{
    /// <summary>
    /// Reads one YAML document into a small located tree from YamlDotNet's parser events.
    /// Hostile input stops here: anchors and aliases (the "billion laughs" expansion), nesting past
    /// <see cref="MaxDepth"/>, more than <see cref="MaxNodes"/> nodes and keys written twice are
    /// located errors, and no exception leaves this class.
    /// </summary>
    public static class YamlTreeReader
    {
        public const int MaxDepth = 32;
        public const int MaxNodes = 100_000;

        /// <param name="firstLine">Line of the file on which the YAML text starts, to locate errors in the file.</param>
        public static YamlNode? Read(string yaml, string path, int firstLine, List<Diagnostic> diagnostics)
        {
            var state = new State(path, firstLine - 1, diagnostics);
            try
            {
                var parser = new Parser(new StringReader(yaml));
                parser.Consume<StreamStart>();
                if (parser.TryConsume<StreamEnd>(out _)) return null;
                parser.Consume<DocumentStart>();
                var root = ReadNode(parser, state, 0);
                parser.Consume<DocumentEnd>();
                if (!parser.TryConsume<StreamEnd>(out _) && parser.Current != null)
                {
                    state.Report(DiagnosticKind.YamlSyntax, parser.Current.Start,
                        "The front matter holds more than one YAML document; remove the extra '---' or '...' line.");
                    return null;
                }
                return state.Failed ? null : root;
            }
            catch (YamlException exception)
            {
                state.Report(DiagnosticKind.YamlSyntax, exception.Start, Describe(exception));
                return null;
            }
            catch (TooComplexException exception)
            {
                state.Report(DiagnosticKind.YamlTooComplex, exception.Mark, exception.Message);
                return null;
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner can fail this way on some malformed text; the error is the editor's, not ours.
                state.Report(DiagnosticKind.YamlSyntax, state.LastMark,
                    "The YAML cannot be read after this point. Check the brackets and the indentation, and put text that contains special characters ([ ] { } : # & * ! | > ' \" % @ `) in quotes.");
                return null;
            }
        }

        private static YamlNode ReadNode(IParser parser, State state, int depth)
        {
            if (depth > MaxDepth)
                throw new TooComplexException(parser.Current!.Start, $"Values are nested more than {MaxDepth} levels deep; flatten the front matter.");
            if (++state.Nodes > MaxNodes)
                throw new TooComplexException(parser.Current!.Start, $"The YAML holds more than {MaxNodes} values; shorten it.");

            var current = parser.Current;
            if (current != null) state.LastMark = current.Start;
            if (current is NodeEvent node && !node.Anchor.IsEmpty)
                state.Report(DiagnosticKind.YamlAlias, node.Start,
                    $"Anchors (&{node.Anchor.Value}) are not allowed in front matter; write each value out in full.");

            switch (current)
            {
                case AnchorAlias alias:
                    parser.MoveNext();
                    state.Report(DiagnosticKind.YamlAlias, alias.Start,
                        $"Aliases (*{alias.Value.Value}) are not allowed in front matter; write the value out in full.");
                    return new YamlScalar("", true, state.Line(alias.Start), state.Column(alias.Start));
                case Scalar scalar:
                    parser.MoveNext();
                    return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty,
                        state.Line(scalar.Start), state.Column(scalar.Start));
                case SequenceStart sequence:
                {
                    parser.MoveNext();
                    var items = new List<YamlNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser, state, depth + 1));
                    return new YamlSequence(items, state.Line(sequence.Start), state.Column(sequence.Start));
                }
                case MappingStart mapping:
                {
                    parser.MoveNext();
                    var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyEvent = parser.Current!;
                        var key = ReadNode(parser, state, depth + 1);
                        var value = ReadNode(parser, state, depth + 1);
                        if (!(key is YamlScalar scalarKey))
                        {
                            state.Report(DiagnosticKind.YamlSyntax, keyEvent.Start, "A key must be a single word or text, not a list or a set of keys.");
                            continue;
                        }
                        if (!seen.Add(scalarKey.Value))
                        {
                            state.Report(DiagnosticKind.DuplicateKey, keyEvent.Start, $"'{scalarKey.Value}' is written twice; keep one of them.");
                            continue;
                        }
                        entries.Add(new KeyValuePair<YamlScalar, YamlNode>(scalarKey, value));
                    }
                    return new YamlMapping(entries, state.Line(mapping.Start), state.Column(mapping.Start));
                }
                default:
                    throw new YamlException(current!.Start, current.End, $"Unexpected {current.GetType().Name} in the YAML.");
            }
        }

        private static string Describe(YamlException exception)
        {
            var message = exception.Message;
            // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the location is given separately.
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line", StringComparison.Ordinal) && cut > 0) message = message.Substring(cut + 3);
            message = message.TrimEnd('.');
            return $"The YAML cannot be read: {message}. Check the indentation, and put text that contains ': ' or starts with a special character ([ {{ & * ! | > ' \" % @ `) in quotes.";
        }

        private sealed class TooComplexException : Exception
        {
            public TooComplexException(Mark mark, string message) : base(message) => Mark = mark;
            public Mark Mark { get; }
        }

        private sealed class State
        {
            private readonly string path;
            private readonly int lineOffset;
            private readonly List<Diagnostic> diagnostics;

            public State(string path, int lineOffset, List<Diagnostic> diagnostics)
            {
                this.path = path;
                this.lineOffset = lineOffset;
                this.diagnostics = diagnostics;
            }

            public int Nodes;
            public bool Failed;
            public Mark LastMark = Mark.Empty;

            public int Line(Mark mark) => (int)mark.Line + lineOffset;
            public int Column(Mark mark) => (int)mark.Column;

            public void Report(DiagnosticKind kind, Mark mark, string message)
            {
                Failed |= kind.IsError;
                diagnostics.Add(kind.At(path, Line(mark), Column(mark), message));
            }
        }
    }
}
