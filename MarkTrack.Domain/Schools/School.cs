namespace MarkTrack.Domain.Schools;

public sealed class School
{
    public const int NameMaxLength = 200;
    public const int TimeZoneIdMaxLength = 64;

    private School()
    {
    }

    public School(Guid organizationId, string name)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        Name = name;
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>
    /// The IANA time zone id (such as <c>Asia/Karachi</c>) that decides the school's "today",
    /// or null to use the configured default.
    /// </summary>
    public string? TimeZoneId { get; private set; }

    public void Rename(string name) => Name = name;

    public void ChangeTimeZone(string? timeZoneId) => TimeZoneId = timeZoneId;
}
