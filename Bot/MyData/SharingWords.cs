using SupervisionBot.Bot.Archive;

namespace SupervisionBot.Bot.MyData;

/// <summary>
/// The sharing choice made for a saved reflection, in the therapist's words. It says "marked to
/// share", not "shared": a shared reflection reaches anyone only through a digest, and only once enough members have shared.
/// </summary>
internal static class SharingWords
{
    public static string Of(ReflectionSharing sharing) => sharing switch
    {
        ReflectionSharing.Private => "Kept private",
        ReflectionSharing.Supervisor => "Marked to share with my supervisor (through the group's digest)",
        ReflectionSharing.Group => "Marked to share with my supervision group (through the digest and group summary)",
        _ => throw new ArgumentOutOfRangeException(nameof(sharing), sharing, "Unknown sharing choice."),
    };

    public static string Of(string storedName) => storedName switch
    {
        ReflectionSharingNames.Private => "Kept private",
        ReflectionSharingNames.Supervisor => "Marked for your supervisor, not sent",
        ReflectionSharingNames.Group => "Marked for your group, not sent",
        _ => storedName,
    };
}
