using System.Text;

namespace GuidanceBot.Bot.Logging;

/// <summary>
/// An exception as logs may show it: types and stack frames, never messages. Exception messages can carry
/// whatever the user typed (a parser echoing its input, a careless string concatenation), so they stay out.
/// </summary>
public static class ExceptionSummary
{
    public static string Describe(Exception exception)
    {
        var text = new StringBuilder();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (text.Length > 0)
            {
                text.Append("\n ---> ");
            }

            text.Append(current.GetType().FullName).Append('\n').Append(current.StackTrace);
        }

        return text.ToString();
    }
}
