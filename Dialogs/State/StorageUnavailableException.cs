namespace GuidanceBot.Dialogs.State;

/// <summary>
/// The store could not be reached or did not answer in time (network, timeout, service or disk failure), as
/// opposed to a lost condition (<see cref="EtagException"/>). Every back end throws this for transport failures,
/// so the error policy can ask the user to try again without touching state it cannot reach.
/// </summary>
public sealed class StorageUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary><paramref name="exception"/> itself or the first of its inner exceptions that says the store is unavailable.</summary>
    public static StorageUnavailableException? FindIn(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is StorageUnavailableException unavailable)
            {
                return unavailable;
            }
        }

        return null;
    }
}
