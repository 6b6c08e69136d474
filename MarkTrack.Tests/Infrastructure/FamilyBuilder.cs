using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Students;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Tests.Infrastructure;

/// <summary>
/// Creates parents and students through the real domain services, for tests to arrange families.
/// It works over a <see cref="DomainTestHost"/> or over the services of the running app.
/// </summary>
public sealed class FamilyBuilder(IServiceProvider services, Guid defaultSchoolId)
{
    public static readonly Actor Admin = new(null, "Test Admin");

    public FamilyBuilder(DomainTestHost host)
        : this(host.Services, host.School.Id)
    {
    }

    public async Task<Guid> ParentAsync(string fullName, string? phone = null, Guid? schoolId = null)
    {
        var email = $"{fullName.Replace(' ', '.').ToLowerInvariant()}@example.org";
        var result = await RunAsync<ParentService, Result<Parent>>(s =>
            s.CreateAsync(new NewParent(fullName, email, phone), schoolId ?? defaultSchoolId, CancellationToken.None));
        Assert.True(result.Succeeded, result.Message);
        return result.Value!.Id;
    }

    public async Task<Guid> ChildAsync(string fullName, Guid parentId, string? email = null, Guid? schoolId = null)
    {
        var result = await RunAsync<StudentService, Result<Student>>(s =>
            s.CreateAsync(new NewStudent(fullName, email, parentId), schoolId ?? defaultSchoolId, Admin, CancellationToken.None));
        Assert.True(result.Succeeded, result.Message);
        return result.Value!.Id;
    }

    public async Task<Guid> IndependentAsync(string fullName, string email, Guid? schoolId = null)
    {
        var result = await RunAsync<StudentService, Result<Student>>(s =>
            s.CreateAsync(new NewStudent(fullName, email, null), schoolId ?? defaultSchoolId, Admin, CancellationToken.None));
        Assert.True(result.Succeeded, result.Message);
        return result.Value!.Id;
    }

    public Task<Result> LinkAsync(Guid parentId, Guid studentId) =>
        RunAsync<StudentLinking, Result>(s => s.LinkAsync(parentId, studentId, Admin, CancellationToken.None));

    public Task<Result> UnlinkAsync(Guid parentId, Guid studentId) =>
        RunAsync<StudentLinking, Result>(s => s.UnlinkAsync(parentId, studentId, Admin, CancellationToken.None));

    /// <summary>Calls a service in a scope of its own, as a page's event handler does.</summary>
    private async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
