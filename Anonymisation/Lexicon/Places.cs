namespace SupervisionBot.Anonymisation.Lexicon;

/// <summary>
/// Towns, cities, counties and well-known districts: UK ones, and major cities abroad where clients' families
/// live. Countries are not here: a country is larger than the areas Safe Harbor removes.
/// </summary>
internal static class Places
{
    private const string AmbiguousNames =
        """
        reading bath sale deal march street wells bury hull leek rugby nice split orange hope jersey cork worthing
        poole barry hamilton perth boston newport stone wool sandwich ware ripon ely goole
        """;

    /// <summary>Single words and multi-word names (spaces written as underscores), the ambiguous ones included.</summary>
    public static WordList All { get; } = new(AmbiguousNames +
        """
        london birmingham manchester leeds glasgow sheffield bradford liverpool edinburgh bristol cardiff belfast
        leicester coventry nottingham newcastle sunderland wolverhampton plymouth southampton portsmouth derby
        stoke stoke-on-trent swansea aberdeen dundee inverness stirling perth hull kingston_upon_hull york lincoln
        norwich ipswich cambridge oxford exeter gloucester cheltenham swindon salisbury winchester brighton hove
        eastbourne hastings canterbury maidstone dover margate croydon bromley harrow ealing hackney camden islington
        lambeth southwark lewisham greenwich tower_hamlets newham brixton peckham tottenham walthamstow stratford
        golders_green kings_cross st_johns_wood st_pancras earls_court shepherds_bush wembley hounslow barking dagenham enfield barnet romford ilford luton watford st_albans stevenage
        milton_keynes northampton bedford peterborough chelmsford colchester southend basildon slough guildford woking
        crawley horsham worthing chichester bournemouth poole weymouth dorchester taunton yeovil torquay barnstaple
        truro falmouth penzance newquay carlisle kendal lancaster preston blackpool blackburn burnley bolton wigan
        warrington stockport oldham rochdale salford trafford altrincham wythenshawe chorlton didsbury huddersfield
        halifax wakefield barnsley doncaster rotherham harrogate scarborough whitby middlesbrough darlington durham
        gateshead hartlepool stockton redcar chester crewe macclesfield shrewsbury telford hereford worcester
        kidderminster walsall dudley solihull nuneaton rugby_town warwick stratford-upon-avon leamington banbury
        aylesbury high_wycombe maidenhead bracknell wokingham basingstoke andover newbury bath_spa wells_city
        gillingham chatham rochester tunbridge_wells sevenoaks ashford folkestone grimsby scunthorpe mansfield
        chesterfield loughborough hinckley kettering corby wellingborough grantham boston_lincs skegness kings_lynn
        great_yarmouth lowestoft bury_st_edmunds newport wrexham bangor aberystwyth llanelli carmarthen merthyr
        merthyr_tydfil pontypridd caerphilly rhondda barry_island bridgend neath port_talbot paisley motherwell hamilton_town
        kilmarnock ayr greenock falkirk livingston dunfermline kirkcaldy derry londonderry lisburn newry armagh
        omagh enniskillen isle_of_skye skye isle_of_wight isle_of_man anglesey orkney shetland isle_of_mull mull
        iona arran islay bala llandudno portree fort_william oban dublin galway limerick waterford kilkenny sligo donegal
        yorkshire lancashire merseyside cheshire cumbria northumberland devon cornwall somerset dorset wiltshire
        hampshire sussex essex suffolk norfolk kent surrey berkshire oxfordshire buckinghamshire hertfordshire
        bedfordshire cambridgeshire lincolnshire nottinghamshire derbyshire leicestershire staffordshire
        shropshire worcestershire warwickshire gloucestershire herefordshire northamptonshire rutland fife
        lanarkshire ayrshire midlothian tyneside teesside
        new_york los_angeles chicago boston houston philadelphia phoenix san_francisco seattle miami atlanta toronto
        vancouver montreal sydney melbourne brisbane perth_wa auckland paris lyon marseille berlin hamburg munich
        frankfurt cologne madrid barcelona valencia seville málaga malaga lisbon porto rome milan naples turin
        florence venice amsterdam rotterdam brussels antwerp vienna zurich geneva prague warsaw kraków krakow gdańsk
        gdansk wrocław wroclaw poznań poznan łódź lodz budapest bucharest sofia athens istanbul ankara izmir
        moscow kyiv kiev kharkiv odesa lviv minsk riga vilnius tallinn helsinki stockholm oslo copenhagen reykjavik
        lagos abuja ibadan enugu kano accra kumasi nairobi mombasa kampala kigali addis_ababa mogadishu hargeisa
        khartoum cairo alexandria casablanca rabat tunis algiers tripoli johannesburg cape_town durban pretoria
        harare bulawayo lusaka lilongwe kinshasa dakar freetown kingston montego_bay port_of_spain bridgetown
        karachi lahore islamabad rawalpindi peshawar mirpur faisalabad delhi new_delhi mumbai bombay kolkata calcutta
        chennai madras bangalore bengaluru hyderabad ahmedabad pune jaipur lucknow amritsar chandigarh ludhiana
        jalandhar dhaka sylhet chittagong colombo kandy jaffna kathmandu kabul tehran baghdad basra erbil damascus
        aleppo beirut amman jerusalem tel_aviv riyadh jeddah mecca medina dubai abu_dhabi doha kuwait_city
        beijing shanghai guangzhou shenzhen hong_kong wuhan chengdu tianjin taipei tokyo osaka kyoto yokohama seoul
        busan manila st_lucia utrecht thessaloniki gothenburg katowice singapore kuala_lumpur bangkok hanoi ho_chi_minh_city saigon jakarta mexico_city bogotá bogota
        lima santiago buenos_aires são_paulo sao_paulo rio rio_de_janeiro caracas havana
        """);

    /// <summary>Places whose names are also common words, so they need a capital letter and a cue ("in", "from").</summary>
    public static WordList Ambiguous { get; } = new(AmbiguousNames);
}
