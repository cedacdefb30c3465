using SiteGen.Rules;
using SiteGen.Pipeline;
using static SiteGen.Pipeline.Tests.TestModules;

namespace SiteGen.Pipeline.Tests;

public class EngineFailureTests
{
    [Fact]
    public async Task A_failed_pipeline_skips_what_depends_on_it_while_independent_pipelines_go_on()
    {
        var log = new List<string>();
        var pipelines = new[]
        {
            new Pipeline("Content").WithProcess(ReportError("SG0103")),
            new Pipeline("Pages").DependsOn("Content").WithProcess(Record(log, "Pages")),
            new Pipeline("Feeds").DependsOn("Pages").WithProcess(Record(log, "Feeds")),
            new Pipeline("Assets").WithProcess(Record(log, "Assets"), ReportError("SG0007", "input/assets/x.css", 1, 1)),
        };

        var result = await new Engine().RunAsync(pipelines);

        result.Succeeded.ShouldBeFalse();
        result["Content"].Status.ShouldBe(PipelineStatus.Failed);
        result["Pages"].Status.ShouldBe(PipelineStatus.Skipped);
        result["Feeds"].Status.ShouldBe(PipelineStatus.Skipped);
        result["Assets"].Status.ShouldBe(PipelineStatus.Failed);
        log.ShouldBe(["Assets"]);
        result.Diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "input/a.md(3,7): error SG0103: broken",
            "input/assets/x.css(1,1): error SG0007: broken",
        ]);
    }

    [Fact]
    public async Task No_output_phase_runs_when_any_pipeline_failed()
    {
        var log = new List<string>();
        var pipelines = new[]
        {
            new Pipeline("Content").WithProcess(ReportError("SG0103")),
            new Pipeline("Assets").WithOutput(Record(log, "Assets.Output")),
        };

        var result = await new Engine().RunAsync(pipelines);

        log.ShouldBeEmpty();
        result["Assets"].Status.ShouldBe(PipelineStatus.Skipped);
    }

    [Fact]
    public async Task A_module_that_throws_becomes_an_error_with_its_message_and_no_stack_trace()
    {
        var pipelines = new[] { new Pipeline("Feeds").WithProcess(Throw("disk full")) };

        var result = await new Engine().RunAsync(pipelines);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe(Engine.ModuleFailedId);
        error.ToString().ShouldBe("sitegen: error SG0904: Pipeline 'Feeds' stopped in its Process phase: InvalidOperationException: disk full");
    }

    [Fact]
    public async Task Warnings_are_collected_without_failing()
    {
        var pipelines = new[]
        {
            new Pipeline("Content").WithProcess(Module.From((inputs, context) =>
            {
                context.Report(Diagnostic.Warning("SG0104", "unknown key", new SourceLocation("input/a.md", 2, 1)));
                return inputs;
            })),
        };

        var result = await new Engine().RunAsync(pipelines);

        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldHaveSingleItem().ToString().ShouldBe("input/a.md(2,1): warning SG0104: unknown key");
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        using var cancellation = new CancellationTokenSource();
        var log = new List<string>();
        var pipelines = new[]
        {
            new Pipeline("Content").WithProcess(Module.From((inputs, _) => { cancellation.Cancel(); return inputs; }), Record(log, "after cancel")),
            new Pipeline("Pages").DependsOn("Content").WithProcess(Record(log, "Pages")),
        };

        await Should.ThrowAsync<OperationCanceledException>(() => new Engine().RunAsync(pipelines, cancellation.Token));
        log.ShouldBeEmpty();
    }
}
