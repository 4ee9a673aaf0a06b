using System.Collections.Immutable;
using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Supervision.Digests;

/// <summary>
/// A short prompt for the supervisor's own reflection before the meeting, drawn from the period's
/// themes: the seven-eyed model's modes 5 to 7 (parallel process, the supervisor's own process,
/// the wider context). One prompt from the strongest theme, then one that always applies.
/// </summary>
public static class SupervisorPrompts
{
    public const string OwnProcess =
        "Before the group meets: what do you notice in yourself as you read this, and what might the group be carrying that has not been named yet?";

    public static ImmutableArray<string> For(DigestFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return ThemePrompt(figures) is { } theme ? [theme, OwnProcess] : [OwnProcess];
    }

    private static string? ThemePrompt(DigestFigures figures)
    {
        var held = figures.Ratings.FirstOrDefault(rating => rating.Id == SessionReflectionFlow.Inputs.HowHeld.Value);
        if (held is not null && held.Median <= 2.5)
        {
            return "Clients seemed hard to hold this cycle. How held does the group itself feel at the moment, and how held do you feel as its supervisor?";
        }

        var frameStrain = figures.Frame.Where(theme => theme.Value != SessionReflectionFlow.Frame.HeldAsUsual.Value).Sum(theme => theme.Count);
        if (figures.Reflections > 0 && frameStrain * 3 >= figures.Reflections)
        {
            return "The frame was stretched or broken often. Is something in the wider context, such as agency rules, session limits or endings, pressing on the work?";
        }

        return figures.Ruptures.FirstOrDefault()?.Value switch
        {
            var value when value == SessionReflectionFlow.Ruptures.Withdrawal.Value =>
                "Members often noticed clients moving away. Is anything moving away in the group too, or in you, as a parallel process?",
            var value when value == SessionReflectionFlow.Ruptures.Confrontation.Value =>
                "Members often met clients moving against them. Is there a challenge in the group you may be bracing for, or steering around?",
            _ => null,
        };
    }
}
