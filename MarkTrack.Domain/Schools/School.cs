namespace MarkTrack.Domain.Schools;

public sealed class School
{
    public const int NameMaxLength = 200;

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

    public void Rename(string name) => Name = name;
}
