namespace GuidanceBot.Dialogs.Engine.Recognizers;

/// <summary>
/// What a recognizer made of the input: a value, or what it expected instead. Bad input is a normal
/// outcome here, never an exception.
/// </summary>
public readonly record struct Recognition<T>(bool Succeeded, T? Value, IReadOnlyList<string> Expectations)
{
    public static Recognition<T> Success(T value) => new(true, value, []);

    public static Recognition<T> Failure(params string[] expectations) => new(false, default, expectations);
}
