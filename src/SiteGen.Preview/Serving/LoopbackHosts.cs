using Microsoft.AspNetCore.Http;

namespace SiteGen.Serving;

/// <summary>
/// The preview answers only requests addressed to this machine by name: a page on another site
/// could otherwise read it through DNS rebinding (its own name resolved to 127.0.0.1).
/// </summary>
internal static class LoopbackHosts
{
    private static readonly string[] Names = ["127.0.0.1", "localhost", "[::1]"];

    public static async Task Guard(HttpContext context, Func<Task> next)
    {
        if (IsLoopback(context.Request.Host)) { await next(); return; }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(
            $"403: the SiteGen preview answers only http://127.0.0.1, http://localhost and http://[::1], not '{context.Request.Host.Value}'.\n",
            context.RequestAborted);
    }

    /// <summary>Whether a Host header names the loopback interface (any port, as the server chose it).</summary>
    public static bool IsLoopback(HostString host) =>
        host.HasValue && Array.Exists(Names, name => string.Equals(host.Host, name, StringComparison.OrdinalIgnoreCase));
}
