namespace SupervisionBot.Anonymisation;

/// <summary>
/// Anonymisation could not be completed, so the text must not be stored. Callers refuse the reflection
/// and ask the therapist to try again; the message never contains any of the text.
/// </summary>
public sealed class AnonymisationFailedException : Exception
{
    public AnonymisationFailedException()
    {
    }

    public AnonymisationFailedException(string message)
        : base(message)
    {
    }

    public AnonymisationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
