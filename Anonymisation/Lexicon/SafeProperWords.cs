namespace SupervisionBot.Anonymisation.Lexicon;

/// <summary>
/// Words that are capitalised in ordinary writing but identify nobody: days, months, kinship words used as
/// names (Mum, Nan), faiths, festivals, nationalities, countries, US and Australian states (those that are not
/// also given names), services and therapies.
/// </summary>
internal static class SafeProperWords
{
    public static WordList All { get; } = new(
        """
        i i'm i've i'd i'll monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
        fri sat sun january february march april may june july august september october november december jan feb mar
        apr jun jul aug sep sept oct nov dec mum mom mummy dad daddy nan nana nanna gran granny grandma grandad
        granddad grandpa auntie aunty uncle sis bro god allah jesus christ lord bible quran koran torah christmas
        easter eid ramadan diwali hanukkah passover lent advent halloween valentine's mother's father's new year
        english british scottish irish welsh polish nigerian ghanaian indian pakistani bangladeshi chinese japanese
        korean vietnamese spanish italian german french russian ukrainian romanian turkish arabic arab somali
        kurdish urdu punjabi hindi bengali gujarati tamil sinhala sinhalese mandarin cantonese portuguese greek jewish
        iranian persian iraqi afghan syrian lebanese egyptian moroccan algerian tunisian libyan sudanese eritrean
        ethiopian kenyan ugandan tanzanian rwandan congolese zimbabwean zambian malawian south_african jamaican
        trinidadian barbadian bajan guyanese filipino thai malaysian indonesian singaporean nepali nepalese
        afghani israeli palestinian saudi emirati yemeni kuwaiti qatari omani jordanian kurd albanian kosovan
        serbian croatian bosnian bulgarian hungarian czech slovak slovakian lithuanian latvian estonian
        belarusian georgian armenian azerbaijani kazakh uzbek dutch belgian swiss austrian swedish norwegian danish
        finnish icelandic canadian australian brazilian mexican colombian venezuelan peruvian chilean argentinian
        cuban eritrean sri_lankan tamil sikh hindu pagan atheist agnostic
        muslim catholic protestant hindu sikh buddhist islamic orthodox christian black white asian african
        caribbean european american latino latina western eastern northern southern brexit covid covid-19 coronavirus
        nhs gp gps a&e camhs iapt cbt dbt emdr mbct cat ptsd ocd adhd asd bpd eupd phq gad core teams zoom whatsapp
        instagram insta facebook tiktok snapchat twitter youtube google netflix spotify xbox playstation discord
        reddit linkedin internet universal credit pip dwp hmrc ok okay tv uk us usa eu england scotland wales ireland
        britain europe africa asia india pakistan bangladesh nigeria ghana kenya somalia ethiopia eritrea sudan
        zimbabwe uganda rwanda congo jamaica trinidad barbados poland romania bulgaria ukraine russia lithuania
        latvia turkey syria iraq iran afghanistan lebanon egypt morocco algeria tunisia libya yemen china
        japan korea vietnam philippines thailand malaysia indonesia australia canada america mexico brazil
        colombia venezuela peru chile argentina spain portugal italy germany france greece netherlands belgium
        sweden norway denmark finland switzerland austria hungary czechia slovakia serbia croatia bosnia albania
        kosovo sri lanka nepal
        alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
        iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
        nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin wyoming queensland
        tasmania
        client therapist supervisor supervisee counsellor session sessions reflection reflections notes note plan
        mode modes group theme themes question mood risk summary next bring action conclusion evaluation
        analysis description feelings goals tasks bond normative formative restorative seven-eyed containment
        here now tube underground overground office service services team unit ward department police court tribunal
        postcode eircode
        """);

    /// <summary>Titles before a surname or name.</summary>
    public static WordList Titles { get; } = new("mr mrs ms miss mx dr prof professor sir dame rev reverend");

    /// <summary>Words that introduce a person's name: "her son Tom", "my colleague Priya", "a girl called Keira".</summary>
    public static WordList PersonCues { get; } = new(
        """
        son sons daughter daughters wife husband partner boyfriend girlfriend brother brothers sister sisters mum
        mother dad father mom nan gran grandma grandmother grandad granddad grandfather grandpa uncle aunt auntie
        cousin nephew niece friend friends colleague colleagues boss manager neighbour neighbor flatmate housemate
        roommate ex fiancé fiance fiancee fiancée stepdad stepmum stepmom stepson stepdaughter child baby teacher
        tutor gp doctor nurse pastor rabbi imam vicar priest reverend carer worker therapist counsellor psychiatrist
        psychologist consultant coordinator officer supervisor mate pal twin sibling kids named called dr mr mrs ms
        miss mx prof professor sir dame
        """);

    /// <summary>Verbs that follow a person's name at the start of a sentence ("Chidinma said", "Kofi arrived").</summary>
    public static WordList PersonVerbs { get; } = new(
        """
        said says told tells asked asks arrived came comes left cried laughed smiled spoke speaks talked talks texted
        rang phoned called calls messaged emailed wrote mentioned explained described shared admitted reported
        thinks thought feels felt wants wanted needs needed seemed seems looked looks was is has had will would can
        could did does didn't doesn't isn't wasn't hasn't and who brought gave sat went lives lived works worked died
        became started stopped tried keeps kept knows knew loves hates got gets made makes took takes agreed refused
        cancelled turned walked ran moved visited returned shouted screamed slept woke
        """);

    /// <summary>Words before a capitalised word that show it is a place ("lives in Chorlton").</summary>
    public static WordList PlaceCues { get; } = new("in from near to at around outside");

    /// <summary>Words before a month that show it is the month and not a name ("in May").</summary>
    public static WordList MonthCues { get; } = new(
        "in since until till by last next this early late mid of during from before after throughout every each");
}
