namespace SupervisionBot.Bot.Proactive;

/// <summary>Where one proactive message stands in the outbox.</summary>
internal enum OutboxState
{
    /// <summary>Claimed by an instance that is sending it now, until the record's due time.</summary>
    Sending,

    /// <summary>Not delivered yet: the retrier tries again at the record's due time.</summary>
    Queued,

    /// <summary>Delivered: the connector's conversation and activity ids are recorded.</summary>
    Sent,

    /// <summary>Cannot be delivered (the app is not installed, or the bot left the conversation).</summary>
    Unreachable,

    /// <summary>
    /// A send began but its outcome was never recorded (the instance stopped mid-send). It may have
    /// arrived, so it is never sent again: a second copy is worse than a gap the sender is told of.
    /// </summary>
    Unconfirmed,
}
