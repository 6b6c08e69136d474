namespace MarkTrack.Domain.Organizations;

/// <summary>The single organization of an installation; it owns the schools.</summary>
public sealed class Organization
{
    public const int NameMaxLength = 200;

    private Organization()
    {
    }

    public Organization(string name)
    {
        Id = Guid.NewGuid();
        Name = name;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";
}
