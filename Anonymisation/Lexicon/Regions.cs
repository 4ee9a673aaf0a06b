namespace SupervisionBot.Anonymisation.Lexicon;

/// <summary>
/// US and Australian states, which follow the town in an address. A state is larger than the areas Safe Harbor
/// removes, so it is kept; it tells the recognisers that the capitalised word before it is a town and the number
/// after it a ZIP code or postcode.
/// </summary>
internal static class Regions
{
    /// <summary>USPS abbreviations, as a regular-expression alternation.</summary>
    public const string UsStateAbbreviations =
        "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";

    /// <summary>US state names, as a regular-expression alternation (longest first where one starts another).</summary>
    public const string UsStateNames =
        "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming";

    /// <summary>Australian state and territory abbreviations and names, as a regular-expression alternation.</summary>
    public const string AustralianStates =
        "NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT|New South Wales|Victoria|Queensland|South Australia|Western Australia|Tasmania|Northern Territory|Australian Capital Territory";
}
