namespace SupervisionBot.Anonymisation.Lexicon;

/// <summary>
/// Everyday English and counselling vocabulary. A capitalised word at the start of a sentence, or an unknown
/// lower-case word after "her friend", is only taken for a name when it is not one of these.
/// </summary>
internal static class CommonWords
{
    public static WordList All { get; } = new(
        """
        a about above across after afterwards again against ago all almost alone along already also although always
        am among an and another any anyone anything anyway anywhere are around as ask asked asking at away back be
        because become been before began begin being below best better between both bring brought but by came can
        cannot can't could couldn't did didn't do does doesn't doing done don't down during each early either else
        end enough even ever every everyone everything except far few first for from further gave get gets getting
        give given go goes going gone good got had hadn't has hasn't have haven't having he he'd he'll he's her here
        hers herself him himself his how however i i'd i'll i'm i've if in indeed instead into is isn't it it's its
        itself just keep kept know known last later least less let like likely little long look lot lots made make
        many maybe me meanwhile might mine more most much must my myself near nearly need needed neither never new
        next no nobody none nor not nothing now of off often oh ok okay old on once one only onto or other others
        otherwise our ours ourselves out over own part perhaps please put quite rather really right same saw say
        says see seemed seems seen several shall she she'd she'll she's should shouldn't since so some somebody
        someone something sometimes somewhat soon still such sure take taken than that that's the their theirs them
        themselves then there there's therefore these they they'd they'll they're they've thing things think this
        those though through throughout thus till to today together told tomorrow too took toward towards under
        unless until up upon us used usual usually very via want wanted was wasn't we we'd we'll we're we've well
        went were weren't what what's whatever when whenever where whereas whether which while who who's whole whom
        whose why with within without won't would wouldn't yes yesterday yet you you'd you'll you're you've your
        yours yourself yourselves
        able actually added admin advice afraid agreed almost anger angry anniversary anxiety anxious apparently
        appointment arrived asleep assessment attachment attendance aware awareness awkward bad baby bed began
        behaviour being body boundaries boundary boundaried brief bus busy calm care carer caring case change
        check check-in checked child childhood children choice clear client client's clients closing cognitive
        colleague comment comments communication concern conclusion confidence confidential consent containment
        contained container content context control countertransference couple couples course crying cultural
        curious curiosity current dad daily day days dear death decided dense depressed depression described despite
        difference different difficult distress dream during each earlier easy eating email emotional emotions
        empathy ending endings energy especially evaluation evening eventually everybody exactly example experience
        explore explored exploring face fairly family father fear feel feeling feelings felt fine focus following
        formative frame friend friends frustrated full funny future gently gentle goal goals grief group groups
        guilt guilty half happy hard having head heavy held help helpful helped hold holding home honest honestly
        house however hurt idea important initially interesting interpreter job kind later learning letter life
        listening lonely loss low main manager meaning mental message messages met mind moment mood morning mostly
        mother move moved mum name named naming negative nervous night normal normative note notes noticed noticing
        number numbers obviously ongoing open option overall pain panic parallel parent parents partner partners
        past patient pattern perhaps person personal phone place plan planning point positive possibly practical
        present pressure previous previously probably process progress properly question questions quick quiet
        quietly rapport reading reason recently record referral reflection reflections relationship relief remember
        repair reply restorative review risk room rupture ruptures sad sadness safe safety safeguarding school
        second self sense session sessions shame shared short silence silences silent similar simply sister slowly
        small so social some sometimes soon sorry speaking started still stop strong struggling stuck such
        suddenly suicidal summary supervision supervisor support surface talk talked talking task tasks tearful
        tears tense theme themes therapist therapy thinking thought thoughts three time tired together tone
        tonight transference trauma trust trying twice two understanding unsure upset usual voice waiting warm
        warmth week weekend weeks weight whole withdrawal withdrawn woman words work worked working worried worry
        worse writing year years young brother son daughter wife husband boyfriend girlfriend cousin uncle aunt
        auntie nephew niece grandmother grandfather grandma granddad grandad nan gran neighbour flatmate housemate
        boss teacher nurse doctor pastor vicar priest rabbi imam carer coordinator officer worker counsellor
        psychiatrist psychologist consultant ex fiancé fiance mate pal twin kids kid stepdad stepmum
        says said tells asked told called rang texted phoned messaged emailed wrote spoke mentioned explained
        brought came left cried laughed smiled seemed looked arrived talked described admitted shared reported
        agreed refused cancelled turned walked moved visited returned shouted slept woke stayed sat stood gave
        thinks feels wants needs knows loves hates lives works worked died became started stopped tried keeps
        hard strong long dense negative brief quick next bring plan mood question themes session client towards
        today tomorrow tonight yesterday mood notes summary reflection goal goals risk numbers hard group
        abt didnt dont cant wont isnt wasnt doesnt havent hasnt couldnt wouldnt shouldnt shes hes im ive id thats
        theres theyre youre wk wks yr yrs hr hrs min mins pls thx tho cos coz bc prob probs def u ur gonna wanna
        gotta kinda sorta lol ok ish esp approx info appt appts sess
        week weeks month months four five six seven eight nine ten eleven twelve happened happen cycle triangle
        window model models theory stage stages step steps drama love island life world way ways war peace light
        dark door wall floor table chair car train plane road street city town village country kitchen garden
        bedroom bathroom school college university hospital church office shop money food drink water fire air
        earth sky sea sun moon star tree flower animal dog cat horse bird fish book film music song game sport
        football team player coach anger fear joy shame guilt pride envy jealousy love hate trust hope faith
        grief loss change growth care need needs wish wishes dream dreams plan plans step try tried trying next
        feelings feeling thoughts thought behaviour behaviours pattern patterns cognitive emotional physical
        spiritual cultural social personal professional clinical ethical legal formal informal early late
        calm anxious angry sad happy tired scared afraid lonely stuck lost safe unsafe held heard seen known
        holding containing rescuing questioning naming noticing wondering exploring reflecting listening
        slow down fast quick long short big small little great good bad best worst first last new old young
        supervision supervisor supervisee counselling psychotherapy therapy therapeutic alliance bond rupture
        repair ruptures repairs transference countertransference projection projective identification parallel
        process frame boundary boundaries ending endings beginning beginnings middle contract contracting
        assessment formulation intervention interventions technique techniques skill skills approach
        approaches integrative relational humanistic psychodynamic systemic narrative solution focused brief
        action plan evaluation analysis conclusion description reflective practice learning development
        wellbeing burnout self care caseload waiting list referral discharge review outcome outcomes measure
        measures score scores form forms letter letters report reports record records notes note
        """);
}
