namespace SupervisionBot.Anonymisation.Lexicon;

/// <summary>Common surnames in the UK and among clients' families abroad.</summary>
internal static class Surnames
{
    public static WordList All { get; } = new(
        """
        smith jones williams taylor brown davies davis evans wilson thomas roberts johnson lewis walker robinson wood
        thompson white watson jackson wright green harris cooper king lee martin clarke clark james morgan hughes
        edwards hill moore harrison scott young morris hall ward turner carter phillips mitchell patel shah khan
        ahmed ali hussain begum akhtar iqbal malik rahman chowdhury islam uddin miah singh kaur gill sandhu dhillon
        sidhu kumar sharma gupta mehta joshi desai iyer nair menon reddy rao pillai chatterjee banerjee mukherjee das
        bose sen ghosh perera fernando silva de_silva jayasuriya okafor okonkwo okeke eze nwosu adeyemi adebayo
        akintola ogunleye oyelaran mensah asante owusu boateng osei appiah danso moyo ndlovu dube nkosi zulu mthembu
        kamau otieno ochieng mwangi wanjiku achebe obi nwachukwu kowalski nowak wisniewski wójcik wojcik kaminski
        lewandowski zielinski szymanski wozniak dabrowski ivanov petrov smirnov volkov popov novak horvat garcia
        garcía fernandez fernández rodriguez rodríguez martinez martínez lopez lópez gonzalez gonzález perez pérez
        sanchez sánchez ramirez torres flores rivera gomez diaz reyes morales cruz ortiz gutierrez chavez ramos romero
        herrera medina castro vargas rossi russo ferrari esposito bianchi romano colombo ricci marino greco gallo conti
        costa giordano mancini rizzo lombardi moretti müller mueller schmidt schneider fischer weber meyer wagner
        becker schulz hoffmann koch richter wolf schröder neumann schwarz zimmermann braun krüger hofmann hartmann
        lange werner krause meier lehmann schmitt schmid chen wang zhang liu yang huang zhao wu zhou xu sun guo lin luo
        gao zheng liang xie tang song han feng deng cao peng zeng tian dong pan yuan cai jiang du ye cheng su ding shen
        yao jin zhong tan chan wong leung lau cheung chow tse yip kwok nguyen tran pham hoang phan vu vo dang bui ngo
        duong ly kim park choi jung kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon sato suzuki
        takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto
        inoue kimura hayashi shimizu murphy kelly byrne ryan o'brien walsh o'sullivan o'connor doyle mccarthy
        gallagher o'neill lynch murray quinn mcloughlin kennedy fitzgerald brennan burke collins campbell stewart
        macdonald mackenzie mclean robertson reid ross paterson fraser anderson morrison maclean duncan macleod grant
        hamilton graham johnston jenkins price griffiths rees lloyd powell pritchard vaughan bowen owen howells parry
        hopkins whitfield whitmore bennett stone foster goldberg cohen levy levi friedman katz rosenberg shapiro
        schwartz weiss benali demir yilmaz kaya sahin celik yildiz ozturk aydin ozdemir arslan dogan kilic aslan cetin
        kara koc ozkan simsek al-rashid haddad khoury nasser saleh hamdan mansour abbas aziz farouk hakim nasr rahimi
        hosseini mohammadi ahmadi karimi moradi jafari abbott lennox okoro adeleke balogun okoye nnamdi mahmood
        raghunathan manning harding fleming golding browning dowling spalding channing keeling pickering hastings
        cummings jennings billings gooding redding stebbing
        """);
}
