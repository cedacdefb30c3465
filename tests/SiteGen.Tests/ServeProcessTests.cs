using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SiteGen.Tests;

/// <summary><c>sitegen serve</c> as a separate process, the way an editor runs it in a terminal.</summary>
public class ServeProcessTests
{
    private const int SigInt = 2, SigTerm = 15;

    [Theory]
    [InlineData(SigInt)]
    [InlineData(SigTerm)]
    public async Task A_signal_stops_serve_closing_its_streams_and_removing_its_preview(int signal)
    {
        using var site = TestSite.CopyOfSample();
        await using var serve = await ServeProcess.StartAsync(site);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(90) };
        using var events = await client.GetAsync(new Uri(serve.Address, "/__sitegen/events"), HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await events.Content.ReadAsStreamAsync();
        Directory.EnumerateDirectories(serve.TemporaryFolder, "*", SearchOption.AllDirectories).ShouldNotBeEmpty();

        kill(serve.Process.Id, signal).ShouldBe(0);

        // The event stream ends (instead of hanging the page), then the process exits on its own.
        var buffer = new byte[4096];
        // A bound for a hang, not a timing: the browser suite (Lighthouse, Chromium) runs beside this one and
        // loads both cores; serve then took more than 20 s to end its stream in one run in three.
        using var hang = new CancellationTokenSource(TimeSpan.FromSeconds(75));
        while (await stream.ReadAsync(buffer, hang.Token) > 0) { }
        await serve.Process.WaitForExitAsync(hang.Token);
        serve.Process.ExitCode.ShouldBe(0, serve.Output);
        serve.Output.ShouldContain("Stopped.");
        serve.Output.ShouldNotContain("   at ");
        // sitegen-serve/ is shared by every preview of the machine; this one's folder in it is gone.
        Directory.EnumerateFileSystemEntries(Path.Combine(serve.TemporaryFolder, "sitegen-serve"))
            .ShouldBeEmpty("the preview folder is removed");
    }

    [Fact]
    public async Task Only_loopback_host_names_are_answered()
    {
        using var site = TestSite.CopyOfSample();
        await using var serve = await ServeProcess.StartAsync(site);
        using var client = new HttpClient();
        var port = serve.Address.Port;

        foreach (var host in new[] { $"127.0.0.1:{port}", $"localhost:{port}", $"LOCALHOST:{port}", $"[::1]:{port}", "localhost" })
            (await GetAsync(client, serve.Address, host)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, host);

        foreach (var host in new[] { $"attacker.example:{port}", "attacker.example", $"127.0.0.1.attacker.example:{port}", $"localhost.attacker.example:{port}" })
        {
            using var response = await GetAsync(client, serve.Address, host);
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden, host);
            var text = await response.Content.ReadAsStringAsync();
            text.ShouldContain("answers only http://127.0.0.1, http://localhost and http://[::1]");
            text.ShouldNotContain("<html", Case.Insensitive);
        }
        // The live-reload stream is behind the same guard.
        using var stream = await GetAsync(client, new Uri(serve.Address, "/__sitegen/live.js"), "attacker.example");
        stream.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, Uri address, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}

/// <summary>The built <c>sitegen</c> program serving a site on a free port, with its own temporary folder.</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly System.Text.StringBuilder _output = new();

    private ServeProcess(Process process, string temporaryFolder)
    {
        Process = process;
        TemporaryFolder = temporaryFolder;
    }

    public Process Process { get; }

    /// <summary>The child's TMPDIR: where it keeps its preview, and nothing else of ours.</summary>
    public string TemporaryFolder { get; }

    public Uri Address { get; private set; } = default!;

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <param name="binary">A published sitegen to run; the test's own build of sitegen.dll (through dotnet) when null.</param>
    public static async Task<ServeProcess> StartAsync(TemporaryFolder site, string? binary = null)
    {
        var temporary = site.Combine("tmp");
        Directory.CreateDirectory(temporary);
        string[] arguments = ["serve", "--input", site.Combine("input"), "--port", "0"];
        var start = binary is null
            ? new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "sitegen.dll"), .. arguments])
            : new ProcessStartInfo(binary, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = site.Path;
        start.Environment["TMPDIR"] = temporary;
        InheritDefaultInterrupt();
        var serve = new ServeProcess(Process.Start(start)!, temporary);
        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(object _, DataReceivedEventArgs line)
        {
            if (line.Data is null) return;
            lock (serve._output) serve._output.AppendLine(line.Data);
            var match = System.Text.RegularExpressions.Regex.Match(line.Data, @"^Serving (http://\S+) ");
            if (match.Success) ready.TrySetResult(new Uri(match.Groups[1].Value));
        }
        serve.Process.OutputDataReceived += Read;
        serve.Process.ErrorDataReceived += Read;
        serve.Process.BeginOutputReadLine();
        serve.Process.BeginErrorReadLine();
        serve.Process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("serve exited: " + serve.Output));
        serve.Process.EnableRaisingEvents = true;
        serve.Address = await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return serve;
    }

    /// <summary>
    /// A test run started in the background by a non-interactive shell (nohup, `cmd &amp;`) has SIGINT ignored, and
    /// children inherit that: serve would never see the Ctrl+C the test sends, as a user's background job does not.
    /// The child is given SIGINT's default disposition, as a terminal gives it; nothing else here uses SIGINT.
    /// </summary>
    private static void InheritDefaultInterrupt()
    {
        const int sigInt = 2;
        var ignored = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        if (ignored is null || (Convert.ToUInt64(ignored["SigIgn:".Length..].Trim(), 16) & (1UL << (sigInt - 1))) == 0) return;
        signal(sigInt, IntPtr.Zero); // SIG_DFL
    }

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern IntPtr signal(int signal, IntPtr handler);

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        await Process.WaitForExitAsync();
        Process.Dispose();
    }
}
