namespace SupervisionBot.Anonymisation;

/// <summary>
/// The kinds of identifier removed from a reflection: HIPAA Safe Harbor's list plus the UK ones
/// (NHS number, National Insurance number, postcode, GP practice, school, employer).
/// </summary>
public enum IdentifierType
{
    /// <summary>The declared client, under any of their names.</summary>
    Client,
    /// <summary>Any other person: family, partners, colleagues, clinicians.</summary>
    Person,
    /// <summary>A town, city, county or neighbourhood.</summary>
    Place,
    /// <summary>An employer, school, hospital, GP practice or other organisation.</summary>
    Org,
    /// <summary>A specific date (day or month with the day); bare years are kept.</summary>
    Date,
    /// <summary>An age of 90 or over.</summary>
    Age,
    Phone,
    Email,
    Url,
    /// <summary>A social media or gaming handle.</summary>
    Handle,
    IpAddress,
    NhsNumber,
    NiNumber,
    Ssn,
    PaymentCard,
    Postcode,
    ZipCode,
    /// <summary>A street address or street name.</summary>
    Address,
    /// <summary>Any other reference, record or account number.</summary>
    IdNumber,
}
