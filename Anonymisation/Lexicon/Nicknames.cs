namespace SupervisionBot.Anonymisation.Lexicon;

/// <summary>
/// Common short forms of given names, both ways: a client declared as Samantha is also Sam and Sammy, and a
/// client declared as Liam may be written William.
/// </summary>
internal static class Nicknames
{
    private static readonly string[] Groups =
    [
        "samantha sam sammy", "samuel sam sammy", "william bill will liam billy willy", "elizabeth liz beth lizzie eliza betty libby bess",
        "robert rob bob bobby robbie bert", "richard rich rick dick richie ricky", "margaret maggie meg peggy marge maisie",
        "katherine kate katie cath kath cathy kathy kat kit", "catherine kate katie cath kath cathy kathy kat",
        "jennifer jen jenny", "michael mike mikey mick micky", "james jim jimmy jamie", "thomas tom tommy",
        "joseph joe joey", "daniel dan danny", "matthew matt matty", "christopher chris kit", "anthony tony ant",
        "edward ed eddie ted ned", "alexander alex sandy xander", "alexandra alex lexi sandra", "benjamin ben benny",
        "nicholas nick nicky", "jonathan jon jonny", "andrew andy drew", "charles charlie chuck chas",
        "charlotte charlie lottie", "victoria vicky tori", "rebecca becky becca", "jessica jess jessie",
        "abigail abby abbie", "deborah debbie deb", "patricia pat patsy trish", "susan sue suzy", "stephen steve",
        "steven steve", "timothy tim timmy", "peter pete", "joshua josh", "zachary zach zack", "nathaniel nate nat",
        "nathan nate", "gregory greg", "jacqueline jackie", "theodore theo ted teddy", "frederick fred freddie freddy",
        "harold harry", "henry harry hal", "eleanor ellie nell nora", "isabella izzy bella", "isabel izzy bel",
        "oliver ollie", "olivia liv livvy", "gabriel gabe", "dorothy dot dolly", "mohammed mo", "muhammad mo",
        "oluwaseun seun", "oluwadamilare dami", "olusegun segun", "christine chris chrissy tina", "christina tina chrissy",
        "ronald ron ronnie", "donald don donny", "lawrence larry", "terence terry", "gerald gerry", "francisco paco",
        "guadalupe lupe", "aleksander olek", "malgorzata gosia", "małgorzata gosia", "katarzyna kasia", "wojciech wojtek",
        "aleksandr sasha", "alexei sasha", "dmitri dima", "dmitry dima", "ekaterina katya", "anna ania annie",
        "jennifer jen", "natasha tash tasha", "natalie nat", "amanda mandy", "rosemary rosie", "elinor ellie",
        "kenneth ken kenny", "vincent vince", "raymond ray", "leonard len lenny", "douglas doug", "frances fran",
        "francis frank", "francesca fran frankie", "philip phil", "phillip phil", "louise lou", "lucinda lucy",
        "penelope penny", "sebastian seb", "archibald archie", "cameron cam", "nikhil nik", "abdullah abdul",
    ];

    private static readonly Dictionary<string, string[]> Related = Build();

    /// <summary>The other forms of a name, not including the name itself.</summary>
    public static IReadOnlyList<string> Of(string name) =>
        Related.TryGetValue(name, out var forms) ? forms : [];

    private static Dictionary<string, string[]> Build()
    {
        var related = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in Groups)
        {
            var names = group.Split(' ');
            foreach (var name in names)
            {
                if (!related.TryGetValue(name, out var set))
                {
                    set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    related[name] = set;
                }

                // A formal name brings all its short forms; a short form brings its formal names and the other
                // short forms, so "Sam" reaches Samantha, Samuel and Sammy.
                if (name == names[0])
                {
                    set.UnionWith(names.Skip(1));
                }
                else
                {
                    set.Add(names[0]);
                    set.UnionWith(names.Skip(1));
                }

                set.Remove(name);
            }
        }

        return related.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }
}
