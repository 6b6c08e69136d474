using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Students;

namespace MarkTrack.Tests.Infrastructure;

/// <summary>Creates parents and students through the real domain services, for tests to arrange families.</summary>
public sealed class FamilyBuilder(DomainTestHost host)
{
    public static readonly Actor Admin = new(null, "Test Admin");

    public async Task<Guid> ParentAsync(string fullName, string? phone = null, Guid? schoolId = null)
    {
        var email = $"{fullName.Replace(' ', '.').ToLowerInvariant()}@example.org";
        var result = await host.RunAsync<ParentService, Result<Parent>>(s =>
            s.CreateAsync(new NewParent(fullName, email, phone), schoolId ?? host.School.Id, CancellationToken.None));
        Assert.True(result.Succeeded, result.Message);
        return result.Value!.Id;
    }

    public async Task<Guid> ChildAsync(string fullName, Guid parentId, string? email = null, Guid? schoolId = null)
    {
        var result = await host.RunAsync<StudentService, Result<Student>>(s =>
            s.CreateAsync(new NewStudent(fullName, email, parentId), schoolId ?? host.School.Id, Admin, CancellationToken.None));
        Assert.True(result.Succeeded, result.Message);
        return result.Value!.Id;
    }

    public async Task<Guid> IndependentAsync(string fullName, string email, Guid? schoolId = null)
    {
        var result = await host.RunAsync<StudentService, Result<Student>>(s =>
            s.CreateAsync(new NewStudent(fullName, email, null), schoolId ?? host.School.Id, Admin, CancellationToken.None));
        Assert.True(result.Succeeded, result.Message);
        return result.Value!.Id;
    }

    public Task<Result> LinkAsync(Guid parentId, Guid studentId) =>
        host.RunAsync<StudentLinking, Result>(s => s.LinkAsync(parentId, studentId, Admin, CancellationToken.None));

    public Task<Result> UnlinkAsync(Guid parentId, Guid studentId) =>
        host.RunAsync<StudentLinking, Result>(s => s.UnlinkAsync(parentId, studentId, Admin, CancellationToken.None));
}
