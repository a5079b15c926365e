namespace GuidanceBot.Knowledge.Validation;

/// <summary>
/// The web hosts listed under <c>untrustedHosts:</c> (document-sharing mirrors, staging sites): no source may cite
/// them. A listed host also covers its subdomains, so "gailabs.com" covers "staging-iloplp.gailabs.com".
/// </summary>
public sealed class UntrustedHosts
{
    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public UntrustedHosts(ContentSet content, ValidationReport report)
    {
        foreach (var (host, location) in content.UntrustedHosts)
        {
            if (host.Length == 0 || host.Contains('/', StringComparison.Ordinal) || host.Contains(':', StringComparison.Ordinal))
            {
                report.Error(location, $"'{host}' under untrustedHosts should be a bare host name such as cupdf.com, without https:// or a path.");
                continue;
            }

            _hosts.Add(host.TrimStart('.'));
        }
    }

    /// <summary>The listed host that <paramref name="url"/> belongs to, or null when it is not listed (or not a web address).</summary>
    public string? Names(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        for (var host = uri.Host.TrimEnd('.'); host.Length > 0;)
        {
            if (_hosts.Contains(host))
            {
                return host;
            }

            var dot = host.IndexOf('.', StringComparison.Ordinal);
            host = dot < 0 ? "" : host[(dot + 1)..];
        }

        return null;
    }
}
