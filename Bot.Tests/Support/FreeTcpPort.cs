using System.Net;
using System.Net.Sockets;

namespace GuidanceBot.Tests.Support;

/// <summary>A loopback port that was free a moment ago (for clients that need a port on their command line).</summary>
public static class FreeTcpPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
