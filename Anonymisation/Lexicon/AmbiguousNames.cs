namespace SupervisionBot.Anonymisation.Lexicon;

/// <summary>
/// Given names that are also everyday words (or months). They count as names only with evidence: a capital
/// letter away from the start of a sentence, a title, or a cue such as "her son".
/// </summary>
internal static class AmbiguousNames
{
    public static WordList All { get; } = new(
        """
        will hope grace may mark bill frank june april august sunny summer rose joy faith amber dawn ivy holly lily
        daisy ruby pearl jade crystal robin drew chase hunter mercy precious blessing patience prudence constance
        charity honor honour destiny angel star sky river autumn heather iris hazel violet jasmine rosemary sage olive
        ginger penny sandy rusty buddy guy art gene ray max pat sue rob don dean earl miles carol jack bob rich nick
        grant lance rod cliff brook brooke glen dale heath forest stone bliss harmony melody misty storm rain willow
        teddy mo kit ken dot nana nan per can said li yu yi jun min ion fang jan al ed eve
        """);
}
