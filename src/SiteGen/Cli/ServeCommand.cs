using System.Runtime.InteropServices;
using SiteGen.Content.Loading;
using SiteGen.Serving;

namespace SiteGen.Cli;

/// <summary><c>sitegen serve</c>: the editor's live preview on 127.0.0.1, drafts shown by default.</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string input, int port, bool drafts, bool future, bool search, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(input))
        {
            await stdout.WriteLineAsync($"sitegen: error: the input folder '{input}' does not exist; run from the site's folder or pass --input.");
            return SiteGenCli.UsageError;
        }
        // SIGINT (Ctrl+C) and SIGTERM end the wait below; disposing the session then closes the
        // watcher, ends the pages' event streams, stops the server and removes the preview folder.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            await using var session = await PreviewSession.StartAsync(input, port, new BuildOptions(DateTimeOffset.UtcNow, drafts, future), stdout, stop.Token,
                search ? SiteGen.Search.ToolLocation.FromEnvironment() : null);
            var watched = session.ThemeAssets is { } theme ? $"'{input}' and '{theme}'" : $"'{input}'";
            await stdout.WriteLineAsync($"Serving {session.Address} (drafts {(drafts ? "shown" : "hidden")}); edits in {watched} rebuild the site. Ctrl+C stops.");
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        catch (IOException exception) when (exception.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
        {
            await stdout.WriteLineAsync($"sitegen: error: port {port} is in use; pass another with --port.");
            return SiteGenCli.UsageError;
        }
        await stdout.WriteLineAsync("Stopped.");
        return SiteGenCli.Success;
    }
}
