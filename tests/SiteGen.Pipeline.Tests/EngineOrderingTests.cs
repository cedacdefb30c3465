using SiteGen.Pipeline;
using static SiteGen.Pipeline.Tests.TestModules;

namespace SiteGen.Pipeline.Tests;

public class EngineOrderingTests
{
    [Fact]
    public async Task Process_phase_runs_after_the_process_phase_of_each_dependency()
    {
        var log = new List<string>();
        var pipelines = new[]
        {
            new Pipeline("Pages").DependsOn("Content").WithProcess(Record(log, "Pages")),
            new Pipeline("Feeds").DependsOn("Pages", "Content").WithProcess(Record(log, "Feeds")),
            new Pipeline("Content").WithInput(Emit("a")).WithProcess(Record(log, "Content")),
        };

        var result = await new Engine().RunAsync(pipelines);

        result.Succeeded.ShouldBeTrue();
        log.ShouldBe(["Content", "Pages", "Feeds"]);
    }

    [Fact]
    public async Task A_dependency_outputs_are_visible_to_the_pipelines_that_depend_on_it()
    {
        IReadOnlyList<Document>? seen = null;
        var pipelines = new[]
        {
            new Pipeline("Content").WithInput(Emit("a", "b")),
            new Pipeline("Pages").DependsOn("Content").WithProcess(Module.From((inputs, context) => { seen = context.OutputsOf("Content"); return inputs; })),
        };

        await new Engine().RunAsync(pipelines);

        seen.ShouldNotBeNull().Select(d => d.Destination).ShouldBe(["a", "b"]);
    }

    [Fact]
    public async Task Reading_a_pipeline_that_is_not_a_dependency_fails_the_reader()
    {
        var pipelines = new[]
        {
            new Pipeline("Content").WithInput(Emit("a")),
            new Pipeline("Pages").WithProcess(Module.From((inputs, context) => context.OutputsOf("Content"))),
        };

        var result = await new Engine().RunAsync(pipelines);

        result["Pages"].Status.ShouldBe(PipelineStatus.Failed);
        result.Diagnostics.Single().Message.ShouldContain("without depending on it");
    }

    [Fact]
    public async Task Phases_run_in_order_and_output_waits_for_every_post_process()
    {
        var log = new List<string>();
        var pipelines = new[]
        {
            new Pipeline("A").WithInput(Record(log, "A.Input")).WithProcess(Record(log, "A.Process"))
                .WithPostProcess(Record(log, "A.PostProcess")).WithOutput(Record(log, "A.Output")),
            new Pipeline("B").DependsOn("A").WithProcess(Record(log, "B.Process"))
                .WithPostProcess(Record(log, "B.PostProcess")).WithOutput(Record(log, "B.Output")),
        };

        await new Engine().RunAsync(pipelines);

        log.IndexOf("A.Input").ShouldBeLessThan(log.IndexOf("A.Process"));
        log.IndexOf("A.Process").ShouldBeLessThan(log.IndexOf("B.Process"));
        var lastPostProcess = Math.Max(log.IndexOf("A.PostProcess"), log.IndexOf("B.PostProcess"));
        log.IndexOf("A.Output").ShouldBeGreaterThan(lastPostProcess);
        log.IndexOf("B.Output").ShouldBeGreaterThan(lastPostProcess);
        log.IndexOf("B.Process").ShouldBeLessThan(lastPostProcess);
    }

    [Fact]
    public async Task A_cycle_is_an_error_naming_the_pipelines_in_it()
    {
        var pipelines = new[]
        {
            new Pipeline("Content"),
            new Pipeline("Topics").DependsOn("Content", "Timelines"),
            new Pipeline("Timelines").DependsOn("Feeds"),
            new Pipeline("Feeds").DependsOn("Topics"),
        };

        var result = await new Engine().RunAsync(pipelines);

        result.Succeeded.ShouldBeFalse();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe(PipelineGraph.CycleId);
        error.Message.ShouldBe("Pipelines depend on each other in a cycle: Topics -> Timelines -> Feeds -> Topics.");
        result.Pipelines.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_dependency_and_a_duplicate_name_are_errors()
    {
        var pipelines = new[] { new Pipeline("Pages").DependsOn("Contnet"), new Pipeline("Pages") };

        var result = await new Engine().RunAsync(pipelines);

        result.Diagnostics.Select(d => d.Id).ShouldBe([PipelineGraph.DuplicateId, PipelineGraph.UnknownDependencyId], ignoreOrder: true);
    }

    [Fact]
    public async Task Each_pipeline_is_timed_per_phase()
    {
        var pipelines = new[] { new Pipeline("A").WithInput(Emit("a")).WithProcess(Module.FromAsync(async (inputs, _) => { await Task.Delay(20); return inputs; })) };

        var result = await new Engine().RunAsync(pipelines);

        result["A"].PhaseTimes.Keys.ShouldBe([Phase.Input, Phase.Process, Phase.PostProcess, Phase.Output]);
        result["A"].PhaseTimes[Phase.Process].ShouldBeGreaterThan(TimeSpan.Zero);
    }
}

public class EngineObserverTests
{
    [Fact]
    public async Task An_observer_hears_of_every_finished_phase()
    {
        var heard = new System.Collections.Concurrent.ConcurrentQueue<PhaseEvent>();
        var pipelines = new[] { new Pipeline("Content").WithInput(TestModules.Emit("a", "b")), new Pipeline("Pages").DependsOn("Content") };

        await new Engine(heard.Enqueue).RunAsync(pipelines);

        heard.Count.ShouldBe(8);
        heard.Single(e => e.Pipeline == "Content" && e.Phase == Phase.Input).Documents.ShouldBe(2);
        heard.ShouldAllBe(e => e.Status == PipelineStatus.Succeeded);
    }
}
