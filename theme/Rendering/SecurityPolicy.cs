namespace SiteGen.Theme.Rendering;

/// <summary>
/// The security policy the site is built to hold: no inline script or style anywhere; WebAssembly
/// compilation allowed for Pagefind's search; frames only from the privacy-preserving players of
/// YouTube and Vimeo (loaded when a reader clicks a video), and nothing else. Every page carries it in a
/// &lt;meta&gt;; serve and the <c>_headers</c> file send it as a header too.
/// </summary>
public static class SecurityPolicy
{
    /// <summary>What a &lt;meta&gt; may say (browsers ignore frame-ancestors there, with a console error).</summary>
    public const string ForMeta =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>The whole policy, as a response header.</summary>
    public const string ContentSecurityPolicy = ForMeta + "; frame-ancestors 'none'";

    /// <summary>The headers a static host should send with every file (Netlify and Cloudflare Pages read them from <c>_headers</c>).</summary>
    public static readonly IReadOnlyList<(string Name, string Value)> Headers =
    [
        ("Content-Security-Policy", ContentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ];
}
