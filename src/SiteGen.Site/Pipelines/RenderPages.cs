using SiteGen.Rules;
using SiteGen.Documents;
using SiteGen.Pipeline;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pipelines;

/// <summary>Output phase: renders the pages of its documents straight into files of the staging folder.</summary>
internal sealed class RenderPages(OutputWriter output) : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var pages = inputs.Where(d => d.Metadata.ContainsKey(Keys.Page)).Select(d => d.Get<PageRequest>(Keys.Page)).ToList();
        await PageRenderer.RenderAsync(pages, output, context.CancellationToken);
        return inputs;
    }
}

/// <summary>Output phase: writes documents that carry text, and copies those that only name a source file.</summary>
internal sealed class WriteFiles(OutputWriter output) : IModule
{
    /// <summary>Each thread's buffer for the files it makes, kept from one file to the next (and from one build to the next in serve).</summary>
    [ThreadStatic] private static System.Buffers.ArrayBufferWriter<byte>? _bytes;

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        Parallel.ForEach(inputs, new ParallelOptions { CancellationToken = context.CancellationToken }, document =>
        {
            if (document.Destination is null || document.Metadata.ContainsKey(Keys.Page)) return;
            if (document.TryGet<LazyText>(Keys.LazyText, out var lazy))
            {
                if (!output.NeedsMaking(document.Destination, lazy)) return;
                var bytes = Buffer();
                lazy.Write(bytes);
                output.Write(document.Destination, bytes.WrittenSpan);
            }
            else if (document.Content is { } text)
            {
                var bytes = Buffer();
                System.Text.EncodingExtensions.GetBytes(System.Text.Encoding.UTF8, text.AsSpan(), bytes);
                output.Write(document.Destination, bytes.WrittenSpan);
            }
            else if (document.TryGet<Func<string>>(Keys.Produced, out var produce))
            {
                try { output.Link(produce(), document.Destination); }
                catch (SiteGen.Images.ImageProcessingException e) { context.Report(DiagnosticKind.NotAnImage.At(e.File, 1, 1, e.Message)); }
            }
            else if (document.Source is { } source) output.Copy(source, document.Destination);
        });
        return Task.FromResult(inputs);
    }

    private static System.Buffers.ArrayBufferWriter<byte> Buffer()
    {
        var bytes = _bytes ??= new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        bytes.ResetWrittenCount();
        return bytes;
    }
}

/// <summary>Keeps every written file inside the output folder, whatever a destination says.</summary>
internal static class OutputPaths
{
    public static string Resolve(string outputFolder, string destination)
    {
        var root = Path.GetFullPath(outputFolder) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, destination));
        if (!path.StartsWith(root, StringComparison.Ordinal))
            throw new InvalidOperationException($"'{destination}' would be written outside the output folder.");
        return path;
    }
}
