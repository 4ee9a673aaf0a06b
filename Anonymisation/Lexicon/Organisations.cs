namespace SupervisionBot.Anonymisation.Lexicon;

/// <summary>
/// Large UK employers and brands that come up as someone's workplace. Being named with a client makes
/// them identifying even though they are household names.
/// </summary>
internal static class Organisations
{
    public static WordList Employers { get; } = new(
        """
        tesco sainsbury sainsburys asda morrisons aldi lidl waitrose iceland_foods ocado amazon deliveroo uber
        just_eat greggs costa starbucks mcdonald mcdonalds nando nandos pret boots superdrug primark argos
        john_lewis marks_and_spencer m&s co-op b&q ikea wickes homebase currys network_rail royal_mail bt barclays
        hsbc lloyds natwest santander nationwide monzo halifax_bank unilever deloitte kpmg pwc accenture capita
        serco g4s sodexo compass_group mitie arriva stagecoach first_bus tfl transport_for_london heathrow
        gatwick easyjet ryanair british_airways virgin jaguar_land_rover nissan rolls-royce bae_systems bbc itv
        sky_news vodafone o2 ee virgin_media sky google microsoft apple meta facebook nomura jp_morgan goldman_sachs
        mind samaritans shelter oxfam barnardo barnardos nspcc macmillan
        """);

    /// <summary>The last word of an organisation's name that marks what kind it is.</summary>
    public static WordList Suffixes { get; } = new(
        """
        school academy college university hospital infirmary surgery practice clinic hospice nursery trust council
        ltd limited plc church mosque synagogue temple gurdwara centre center airport prison library foundation
        partnership bank solicitors charity house lodge manor
        """);
}
