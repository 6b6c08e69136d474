namespace MarkTrack.Domain.Schools;

/// <summary>A student's enrollment in a school.</summary>
public sealed class Enrollment
{
    private Enrollment()
    {
    }

    public Enrollment(Guid studentId, Guid schoolId, DateTime enrolledAt)
    {
        StudentId = studentId;
        SchoolId = schoolId;
        EnrolledAt = enrolledAt;
    }

    public Guid StudentId { get; private set; }

    public Guid SchoolId { get; private set; }

    public DateTime EnrolledAt { get; private set; }
}
