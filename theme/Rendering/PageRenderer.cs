using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace SiteGen.Theme.Rendering;

/// <summary>A page to render: a theme component, its parameters, and the file it goes to.</summary>
public sealed record PageRequest(string Destination, Type Component, IReadOnlyDictionary<string, object?> Parameters);

/// <summary>
/// Renders Razor components to static HTML files. A fresh <see cref="HtmlRenderer"/> serves one
/// batch of pages (a renderer keeps every root component it rendered, so one for a whole site
/// slows down), batches run on every core, and each page is streamed to its file as soon as it
/// is rendered so a large site never sits in memory.
/// </summary>
public static class PageRenderer
{
    public const int BatchSize = 100;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Text stays readable in the files: letters of every script are written as they are, not as &#xE9;.
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    public static async Task RenderToFilesAsync(IReadOnlyList<PageRequest> pages, string outputFolder, CancellationToken cancellationToken)
    {
        var batches = pages.Chunk(BatchSize).ToList();
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(batches, options, async (batch, token) =>
        {
            await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
            foreach (var page in batch)
            {
                token.ThrowIfCancellationRequested();
                var path = Path.Combine(outputFolder, page.Destination);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await renderer.Dispatcher.InvokeAsync(async () =>
                {
                    var output = await renderer.RenderComponentAsync(page.Component, ParameterView.FromDictionary(page.Parameters.ToDictionary()));
                    await using var writer = new StreamWriter(path, false, Utf8, 1 << 16);
                    output.WriteHtmlTo(writer);
                });
            }
        });
    }

    /// <summary>One page as a string, for tests and previews.</summary>
    public static async Task<string> RenderToStringAsync(Type component, IReadOnlyDictionary<string, object?> parameters)
    {
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters.ToDictionary()));
            return output.ToHtmlString();
        });
    }
}
