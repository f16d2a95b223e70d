using Microsoft.Extensions.Logging;

namespace GridBot.Exchanges.Streaming;

/// <summary>Raising subscriber events so that one subscriber's bug neither kills the feed nor starves the others.</summary>
internal static partial class StreamEvents
{
#pragma warning disable CA1031 // A subscriber's exception is a bug in the subscriber: logged, never propagated into the receive loop.
    public static void Raise<T>(Action<T>? handler, T argument, ILogger logger, string source)
    {
        if (handler is null)
        {
            return;
        }

        foreach (var subscriber in handler.GetInvocationList().Cast<Action<T>>())
        {
            try
            {
                subscriber(argument);
            }
            catch (Exception e)
            {
                LogHandlerFailed(logger, e, source);
            }
        }
    }

    public static void Raise(Action? handler, ILogger logger, string source)
    {
        if (handler is null)
        {
            return;
        }

        foreach (var subscriber in handler.GetInvocationList().Cast<Action>())
        {
            try
            {
                subscriber();
            }
            catch (Exception e)
            {
                LogHandlerFailed(logger, e, source);
            }
        }
    }
    public static void Raise<T1, T2>(Action<T1, T2>? handler, T1 first, T2 second, ILogger logger, string source)
    {
        if (handler is null)
        {
            return;
        }

        foreach (var subscriber in handler.GetInvocationList().Cast<Action<T1, T2>>())
        {
            try
            {
                subscriber(first, second);
            }
            catch (Exception e)
            {
                LogHandlerFailed(logger, e, source);
            }
        }
    }
#pragma warning restore CA1031


    [LoggerMessage(Level = LogLevel.Error, Message = "{Source}: a stream event handler threw")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string source);
}
