using SupervisionBot.Bot.Archive;

namespace SupervisionBot.Bot.MyData;

/// <summary>Who can see a saved reflection, in the therapist's words.</summary>
internal static class SharingWords
{
    public static string Of(ReflectionSharing sharing) => sharing switch
    {
        ReflectionSharing.Private => "Only me",
        ReflectionSharing.Supervisor => "My supervisor",
        ReflectionSharing.Group => "My supervision group",
        _ => throw new ArgumentOutOfRangeException(nameof(sharing), sharing, "Unknown sharing choice."),
    };

    public static string Of(string storedName) => storedName switch
    {
        ReflectionSharingNames.Private => "Only you",
        ReflectionSharingNames.Supervisor => "Your supervisor",
        ReflectionSharingNames.Group => "Your supervision group",
        _ => storedName,
    };
}
