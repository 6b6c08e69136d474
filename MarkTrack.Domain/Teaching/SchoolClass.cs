namespace MarkTrack.Domain.Teaching;

/// <summary>A class taught at a school in a term, such as "Mathematics 5" or a Hifz class.</summary>
public sealed class SchoolClass
{
    public const int NameMaxLength = 200;
    public const int TeacherNameMaxLength = 200;
    public const int TermMaxLength = 100;
    public const decimal MaxCredits = 20m;

    private readonly List<ClassEnrollment> _enrollments = [];

    private SchoolClass()
    {
    }

    public SchoolClass(Guid schoolId, ClassDetails details, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        SchoolId = schoolId;
        CreatedAt = createdAt;
        Change(details);
    }

    public Guid Id { get; private set; }

    public Guid SchoolId { get; private set; }

    public string Name { get; private set; } = "";

    public string TeacherName { get; private set; } = "";

    /// <summary>The weight of the class in the GPA; zero leaves it out.</summary>
    public decimal Credits { get; private set; }

    public string Term { get; private set; } = "";

    public bool IsHifz { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyCollection<ClassEnrollment> Enrollments => _enrollments;

    public void Change(ClassDetails details)
    {
        Name = details.Name;
        TeacherName = details.TeacherName;
        Credits = details.Credits;
        Term = details.Term;
        IsHifz = details.IsHifz;
    }

    public bool HasStudent(Guid studentId) => _enrollments.Any(e => e.StudentId == studentId);

    /// <summary>Enrolls a student; returns false when the student is already in the class.</summary>
    public bool Enroll(Guid studentId, DateTime enrolledAt)
    {
        if (HasStudent(studentId))
            return false;

        _enrollments.Add(new ClassEnrollment(Id, studentId, enrolledAt));
        return true;
    }

    public bool Unenroll(Guid studentId) => _enrollments.RemoveAll(e => e.StudentId == studentId) > 0;
}

/// <summary>The fields an admin types for a class, already trimmed and checked.</summary>
public sealed record ClassDetails(string Name, string TeacherName, decimal Credits, string Term, bool IsHifz);

/// <summary>A student's place in a class.</summary>
public sealed class ClassEnrollment
{
    private ClassEnrollment()
    {
    }

    public ClassEnrollment(Guid classId, Guid studentId, DateTime enrolledAt)
    {
        ClassId = classId;
        StudentId = studentId;
        EnrolledAt = enrolledAt;
    }

    public Guid ClassId { get; private set; }

    public Guid StudentId { get; private set; }

    public DateTime EnrolledAt { get; private set; }
}
