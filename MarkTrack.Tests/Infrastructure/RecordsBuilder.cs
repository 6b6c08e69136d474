using MarkTrack.Domain.Common;
using MarkTrack.Domain.Hifz;
using MarkTrack.Domain.Teaching;

namespace MarkTrack.Tests.Infrastructure;

/// <summary>Creates classes, grades, attendance and Hifz lessons through the real staff services.</summary>
public sealed class RecordsBuilder(DomainTestHost host)
{
    public async Task<Guid> ClassAsync(
        string name,
        decimal credits = 1m,
        bool isHifz = false,
        Guid? schoolId = null,
        string teacher = "Ustadh Kareem",
        params Guid[] students)
    {
        var added = await host.RunAsync<ClassService, Result<Guid>>(s =>
            s.AddAsync(schoolId ?? host.School.Id, new ClassInput(name, teacher, credits, "2026-27", isHifz), CancellationToken.None));
        Assert.True(added.Succeeded, added.Message);
        if (students.Length > 0)
            await EnrollAsync(added.Value, students);
        return added.Value;
    }

    public async Task EnrollAsync(Guid classId, params Guid[] students)
    {
        var enrolled = await host.RunAsync<ClassService, Result>(s => s.EnrollAsync(classId, students, CancellationToken.None));
        Assert.True(enrolled.Succeeded, enrolled.Message);
    }

    public async Task<Guid> AssessmentAsync(Guid classId, string title, decimal maxPoints = 100m, decimal weight = 1m, DateOnly? date = null)
    {
        var input = new AssessmentInput(title, date ?? new DateOnly(2026, 9, 1), maxPoints, weight);
        var added = await host.RunAsync<Gradebook, Result<Guid>>(g => g.AddAssessmentAsync(classId, input, CancellationToken.None));
        Assert.True(added.Succeeded, added.Message);
        return added.Value;
    }

    /// <summary>Adds an assessment and gives one student a score on it.</summary>
    public async Task<Guid> ScoreAsync(Guid classId, Guid studentId, decimal points, decimal maxPoints = 100m, decimal weight = 1m)
    {
        var assessmentId = await AssessmentAsync(classId, $"Test {Guid.NewGuid():N}"[..12], maxPoints, weight);
        var saved = await host.RunAsync<Gradebook, Result>(g =>
            g.SaveScoresAsync(assessmentId, [new ScoreEntry(studentId, points)], CancellationToken.None));
        Assert.True(saved.Succeeded, saved.Message);
        return assessmentId;
    }

    public async Task AttendanceAsync(Guid classId, DateOnly date, params (Guid StudentId, AttendanceStatus Status)[] marks)
    {
        var entries = marks.Select(m => new AttendanceEntry(m.StudentId, m.Status)).ToList();
        var saved = await host.RunAsync<AttendanceBook, Result>(a => a.SaveAsync(classId, date, entries, CancellationToken.None));
        Assert.True(saved.Succeeded, saved.Message);
    }

    public async Task LessonAsync(
        Guid classId,
        Guid studentId,
        DateOnly date,
        AyahRange range,
        HifzLessonKind kind = HifzLessonKind.NewLesson,
        int quality = 4,
        string? note = null)
    {
        var input = new HifzLessonInput(studentId, date, kind, range, quality, note);
        var recorded = await host.RunAsync<HifzBook, Result>(h => h.RecordLessonAsync(classId, input, CancellationToken.None));
        Assert.True(recorded.Succeeded, recorded.Message);
    }
}
