namespace SupervisionBot.Anonymisation.Scanning;

/// <summary>
/// The time one reflection may take. Checked between recognisers and inside long loops so a pathological
/// input fails closed instead of being stored half-checked.
/// </summary>
internal sealed class TimeBudget(TimeProvider timeProvider, TimeSpan allowed, CancellationToken cancellationToken)
{
    private readonly long _started = timeProvider.GetTimestamp();

    public void ThrowIfExhausted()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (timeProvider.GetElapsedTime(_started) > allowed)
        {
            throw new AnonymisationFailedException(
                $"Anonymisation took longer than its budget of {allowed.TotalMilliseconds:0} ms; the text was not stored.");
        }
    }
}
