using SiteGen.Pipeline;

namespace SiteGen.Pipeline.Tests;

public class EngineConcurrencyTests
{
    [Fact]
    public async Task Independent_pipelines_run_their_phases_at_the_same_time()
    {
        // Each module waits until both have started: this only completes if they overlap.
        using var bothStarted = new Barrier(2);
        IModule Meet() => Module.From((inputs, _) =>
        {
            bothStarted.SignalAndWait(TimeSpan.FromSeconds(10)).ShouldBeTrue("the other pipeline never ran alongside");
            return inputs;
        });
        var pipelines = new[]
        {
            new Pipeline("Topics").WithProcess(Meet()),
            new Pipeline("Timelines").WithProcess(Meet()),
        };

        var result = await new Engine().RunAsync(pipelines);

        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task A_dependent_pipeline_never_overlaps_its_dependency()
    {
        var running = 0;
        var overlapped = false;
        IModule Track() => Module.FromAsync(async (inputs, _) =>
        {
            if (Interlocked.Increment(ref running) > 1) overlapped = true;
            await Task.Delay(30);
            Interlocked.Decrement(ref running);
            return inputs;
        });
        var pipelines = new[]
        {
            new Pipeline("Content").WithProcess(Track()),
            new Pipeline("Pages").DependsOn("Content").WithProcess(Track()),
        };

        await new Engine().RunAsync(pipelines);

        overlapped.ShouldBeFalse();
    }

    [Fact]
    public void Documents_are_immutable_values()
    {
        var original = new Document("input/a.md", "a/index.html", "text");
        var changed = original.With("Title", "A");

        original.Metadata.ContainsKey("Title").ShouldBeFalse();
        changed.Get<string>("Title").ShouldBe("A");
        changed.ShouldNotBeSameAs(original);
        Should.Throw<KeyNotFoundException>(() => original.Get<string>("Title"));
    }
}
