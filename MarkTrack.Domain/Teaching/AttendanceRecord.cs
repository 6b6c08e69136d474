namespace MarkTrack.Domain.Teaching;

public enum AttendanceStatus
{
    Present,
    Late,
    Absent,
    Excused,
}

/// <summary>A student's attendance in one class on one date; there is at most one per student, class and date.</summary>
public sealed class AttendanceRecord
{
    private AttendanceRecord()
    {
    }

    public AttendanceRecord(Guid classId, Guid studentId, DateOnly date, AttendanceStatus status, DateTime recordedAt)
    {
        Id = Guid.NewGuid();
        ClassId = classId;
        StudentId = studentId;
        Date = date;
        Status = status;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid ClassId { get; private set; }

    public Guid StudentId { get; private set; }

    public DateOnly Date { get; private set; }

    public AttendanceStatus Status { get; private set; }

    /// <summary>When the status was first taken or last changed (UTC).</summary>
    public DateTime RecordedAt { get; private set; }

    /// <summary>Changes the status; returns false when it was already that.</summary>
    public bool Mark(AttendanceStatus status, DateTime recordedAt)
    {
        if (Status == status)
            return false;

        Status = status;
        RecordedAt = recordedAt;
        return true;
    }
}
