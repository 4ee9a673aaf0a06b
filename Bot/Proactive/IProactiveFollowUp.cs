namespace SupervisionBot.Bot.Proactive;

/// <summary>
/// Told when the retrier finally gives up a queued message whose <see cref="ProactiveMessage.FollowUp"/>
/// starts with <see cref="Prefix"/>, so whoever was told "waiting" can be told plainly that it
/// did not arrive. Not called for a message given up at its first try: its sender already knows.
/// </summary>
internal interface IProactiveFollowUp
{
    /// <summary>Such as <c>contact/</c>.</summary>
    string Prefix { get; }

    Task GivenUpAsync(string followUp, CancellationToken cancellationToken);
}
