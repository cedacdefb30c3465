using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using SiteGen.Content.Aggregates;
using SiteGen.Theme.Components;

namespace SiteGen.Theme.Rendering;

/// <summary>
/// The markup of each timeline entry, rendered once and reused by every timeline that shows it:
/// an entry is on its language's timeline and on the timeline of each of its topics, and a large
/// site has tens of thousands of them. A store that outlives a build keeps the markup of unchanged
/// entries for the next. The markup depends on the settings (URLs, topic names): a store is made for
/// one version of them.
/// </summary>
public sealed class TimelineMarkup
{
    private readonly ConditionalWeakTable<TimelineEntry, string> _html = new();

    /// <summary>The entry's markup: as rendered before when it was, else the entry's component, rendered in place.</summary>
    public RenderFragment Of(ThemeContext theme, TimelineEntry entry, string language) =>
        _html.TryGetValue(entry, out var html)
            ? builder => builder.AddMarkupContent(0, html)
            : builder =>
            {
                builder.OpenComponent<TimelineEntryView>(0);
                builder.AddComponentParameter(1, nameof(TimelineEntryView.Theme), theme);
                builder.AddComponentParameter(2, nameof(TimelineEntryView.Entry), entry);
                builder.AddComponentParameter(3, nameof(TimelineEntryView.Language), language);
                builder.CloseComponent();
            };

    private readonly ConditionalWeakTable<Timeline, Task> _preparing = new();

    /// <summary>
    /// Renders, on every core, the entries of <paramref name="timeline"/> that have no markup yet;
    /// callers asking for the same timeline at once share one rendering.
    /// </summary>
    public Task PrepareAsync(ThemeContext theme, Timeline timeline, string language, CancellationToken cancellationToken)
    {
        lock (_preparing)
        {
            if (!_preparing.TryGetValue(timeline, out var task) || task.IsFaulted || task.IsCanceled)
                _preparing.AddOrUpdate(timeline, task = RenderMissingAsync(theme, timeline, language, cancellationToken));
            return task;
        }
    }

    private async Task RenderMissingAsync(ThemeContext theme, Timeline timeline, string language, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var missing = timeline.Entries.Where(e => !_html.TryGetValue(e, out _)).ToList();
        if (missing.Count == 0) return;
        var requests = missing.Select((entry, i) => new ComponentRequest(i.ToString(System.Globalization.CultureInfo.InvariantCulture), typeof(TimelineEntryView),
            new Dictionary<string, object?> { [nameof(TimelineEntryView.Theme)] = theme, [nameof(TimelineEntryView.Entry)] = entry, [nameof(TimelineEntryView.Language)] = language }))
            .ToList();
        var sink = new MemorySink(missing.Count);
        await PageRenderer.RenderAsync(requests, sink, cancellationToken);
        for (var i = 0; i < missing.Count; i++) _html.AddOrUpdate(missing[i], sink.Html[i]!);
    }

    /// <summary>Keeps each rendered entry in memory, at the index its request was named after.</summary>
    private sealed class MemorySink(int count) : IPageSink
    {
        public string?[] Html { get; } = new string?[count];

        public TextWriter Open(string destination) => new StringWriter();

        public Task CloseAsync(string destination, TextWriter writer)
        {
            Html[int.Parse(destination, System.Globalization.CultureInfo.InvariantCulture)] = writer.ToString();
            return Task.CompletedTask;
        }
    }
}
