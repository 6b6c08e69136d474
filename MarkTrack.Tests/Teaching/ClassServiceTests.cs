using MarkTrack.Domain.Common;
using MarkTrack.Domain.Schools;
using MarkTrack.Domain.Teaching;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Teaching;

public sealed class ClassServiceTests : IAsyncLifetime
{
    private DomainTestHost _host = null!;
    private FamilyBuilder _families = null!;
    private RecordsBuilder _records = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync();
        _families = new FamilyBuilder(_host);
        _records = new RecordsBuilder(_host);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("", "Ustadh Kareem", 1.0, "2026-27", "Name", "Class Name is required.")]
    [InlineData("Maths", " ", 1.0, "2026-27", "TeacherName", "Teacher is required.")]
    [InlineData("Maths", "Ustadh Kareem", null, "2026-27", "Credits", "Credits is required.")]
    [InlineData("Maths", "Ustadh Kareem", -1.0, "2026-27", "Credits", "Credits must be between 0 and 20.")]
    [InlineData("Maths", "Ustadh Kareem", 21.0, "2026-27", "Credits", "Credits must be between 0 and 20.")]
    [InlineData("Maths", "Ustadh Kareem", 1.0, "", "Term", "Term is required.")]
    [InlineData("Maths\nTwo", "Ustadh Kareem", 1.0, "2026-27", "Name", "Class Name contains a line break")]
    public async Task InvalidClassIsRejected(string name, string teacher, double? credits, string term, string field, string message)
    {
        var input = new ClassInput(name, teacher, (decimal?)credits, term, false);

        var result = await _host.RunAsync<ClassService, Result<Guid>>(s => s.AddAsync(_host.School.Id, input, CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Equal(field, result.Field);
        Assert.StartsWith(message, result.Message);
        Assert.Equal(0, await _host.QueryAsync(db => db.Classes.CountAsync()));
    }

    [Fact]
    public async Task SameNameInSameTermIsRejected()
    {
        await _records.ClassAsync("Mathematics 5");

        var result = await _host.RunAsync<ClassService, Result<Guid>>(s =>
            s.AddAsync(_host.School.Id, new ClassInput(" mathematics 5 ", "Someone", 1m, "2026-27", false), CancellationToken.None));

        Assert.Equal("A class called mathematics 5 already exists in 2026-27. Choose another Class Name or Term.", result.Message);
    }

    [Fact]
    public async Task ClassIsSavedTrimmed()
    {
        var result = await _host.RunAsync<ClassService, Result<Guid>>(s =>
            s.AddAsync(_host.School.Id, new ClassInput("  Hifz A ", " Qari Bilal ", 0m, " 2026-27 ", true), CancellationToken.None));

        var saved = await _host.QueryAsync(db => db.Classes.SingleAsync());
        Assert.Equal("Hifz A has been added.", result.Message);
        Assert.Equal("Hifz A", saved.Name);
        Assert.Equal("Qari Bilal", saved.TeacherName);
        Assert.Equal("2026-27", saved.Term);
        Assert.True(saved.IsHifz);
    }

    [Fact]
    public async Task EnrollAddsEveryPickedStudent()
    {
        var parent = await _families.ParentAsync("Aisha Rahman");
        var maryam = await _families.ChildAsync("Maryam Rahman", parent);
        var ibrahim = await _families.ChildAsync("Ibrahim Rahman", parent);
        var classId = await _records.ClassAsync("Science");

        var result = await _host.RunAsync<ClassService, Result>(s => s.EnrollAsync(classId, [maryam, ibrahim], CancellationToken.None));

        Assert.Equal("2 students enrolled in Science.", result.Message);
        var profile = await _host.RunAsync<ClassService, ClassProfile?>(s => s.GetAsync(classId, CancellationToken.None));
        Assert.Equal(["Ibrahim Rahman", "Maryam Rahman"], profile!.Students.Select(s => s.FullName));
    }

    [Fact]
    public async Task StudentOfAnotherSchoolIsNotEnrolled()
    {
        var other = await _host.RunAsync<SchoolService, Result<School>>(s => s.AddAsync(_host.School.OrganizationId, "Hifz Academy", CancellationToken.None));
        var parent = await _families.ParentAsync("Aisha Rahman");
        var inSchool = await _families.ChildAsync("Maryam Rahman", parent);
        var elsewhere = await _families.ChildAsync("Adam Rahman", parent, schoolId: other.Value!.Id);
        var classId = await _records.ClassAsync("Science");

        var result = await _host.RunAsync<ClassService, Result>(s => s.EnrollAsync(classId, [inSchool, elsewhere], CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Equal("Adam Rahman is not enrolled in this class's school. Enroll them in the school first.", result.Message);
        Assert.Equal(0, await _host.QueryAsync(db => db.ClassEnrollments.CountAsync()));
    }

    [Fact]
    public async Task EnrollmentChoicesMarkEnrolledStudents()
    {
        var parent = await _families.ParentAsync("Aisha Rahman");
        var maryam = await _families.ChildAsync("Maryam Rahman", parent);
        await _families.ChildAsync("Ibrahim Rahman", parent);
        var classId = await _records.ClassAsync("Science", students: maryam);

        var choices = await _host.RunAsync<ClassService, List<EnrollmentChoice>>(s => s.ListEnrollmentChoicesAsync(classId, CancellationToken.None));

        Assert.Equal([("Ibrahim Rahman", false), ("Maryam Rahman", true)], choices.Select(c => (c.FullName, c.AlreadyEnrolled)));
    }

    [Fact]
    public async Task HifzClassWithLessonsStaysHifz()
    {
        var parent = await _families.ParentAsync("Aisha Rahman");
        var maryam = await _families.ChildAsync("Maryam Rahman", parent);
        var classId = await _records.ClassAsync("Hifz A", isHifz: true, students: maryam);
        await _records.LessonAsync(classId, maryam, new DateOnly(2026, 9, 1), new(114, 1, 114, 6));

        var result = await _host.RunAsync<ClassService, Result>(s =>
            s.UpdateAsync(classId, new ClassInput("Hifz A", "Ustadh Kareem", 1m, "2026-27", false), CancellationToken.None));

        Assert.Equal(TeachingMessages.StaysHifz, result.Message);
        Assert.True(await _host.QueryAsync(db => db.Classes.Select(c => c.IsHifz).SingleAsync()));
    }
}
