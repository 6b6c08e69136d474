namespace MarkTrack.Domain.Hifz;

/// <summary>
/// A Hifz lesson a teacher heard: the ayahs recited, what kind of lesson it was, how well
/// it went (1 to 5) and a note for the parents. One of each kind per student, class and date.
/// </summary>
public sealed class HifzLesson
{
    public const int NoteMaxLength = 1000;
    public const int MinQuality = 1;
    public const int MaxQuality = 5;

    private HifzLesson()
    {
    }

    public HifzLesson(Guid classId, Guid studentId, HifzLessonInput input, DateTime recordedAt)
    {
        Id = Guid.NewGuid();
        ClassId = classId;
        StudentId = studentId;
        Date = input.Date;
        Kind = input.Kind;
        RecordedAt = recordedAt;
        Change(input.Range, input.Quality, input.Note, recordedAt);
    }

    public Guid Id { get; private set; }

    public Guid ClassId { get; private set; }

    public Guid StudentId { get; private set; }

    public DateOnly Date { get; private set; }

    public HifzLessonKind Kind { get; private set; }

    public int FromSurah { get; private set; }

    public int FromAyah { get; private set; }

    public int ToSurah { get; private set; }

    public int ToAyah { get; private set; }

    public int Quality { get; private set; }

    public string? Note { get; private set; }

    /// <summary>When the lesson was first recorded or last changed (UTC).</summary>
    public DateTime RecordedAt { get; private set; }

    public AyahRange Range => new(FromSurah, FromAyah, ToSurah, ToAyah);

    public void Change(AyahRange range, int quality, string? note, DateTime recordedAt)
    {
        FromSurah = range.FromSurah;
        FromAyah = range.FromAyah;
        ToSurah = range.ToSurah;
        ToAyah = range.ToAyah;
        Quality = quality;
        Note = note;
        RecordedAt = recordedAt;
    }
}

/// <summary>What a teacher types for a lesson, before it is checked.</summary>
public sealed record HifzLessonInput(
    Guid StudentId,
    DateOnly Date,
    HifzLessonKind Kind,
    AyahRange Range,
    int Quality,
    string? Note);

/// <summary>
/// A parent's (or an independent student's) acknowledgment of a day's Hifz lessons. There is
/// at most one per student and school-local date; the name is copied so it still reads after
/// the account is gone.
/// </summary>
public sealed class HifzAcknowledgment
{
    private HifzAcknowledgment()
    {
    }

    public HifzAcknowledgment(Guid studentId, DateOnly date, string accountId, string acknowledgedByName, DateTime acknowledgedAt)
    {
        Id = Guid.NewGuid();
        StudentId = studentId;
        Date = date;
        AccountId = accountId;
        AcknowledgedByName = acknowledgedByName;
        AcknowledgedAt = acknowledgedAt;
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    public DateOnly Date { get; private set; }

    public string? AccountId { get; private set; }

    public string AcknowledgedByName { get; private set; } = "";

    public DateTime AcknowledgedAt { get; private set; }
}
