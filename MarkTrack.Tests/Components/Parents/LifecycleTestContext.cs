using Bunit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Students;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Components.Parents;

/// <summary>
/// A <see cref="LinkingTestContext"/> with the family that the archive, restore and delete tests
/// share, and reads of what archiving changed.
/// </summary>
public abstract class LifecycleTestContext : LinkingTestContext
{
    protected Guid Aisha { get; private set; }

    protected Guid Yusuf { get; private set; }

    protected Guid Ibrahim { get; private set; }

    protected Guid Maryam { get; private set; }

    /// <summary>Adds Aisha, the only parent of Ibrahim and Parent 1 of Maryam, whose Parent 2 is Yusuf.</summary>
    protected async Task AddRahmanFamilyAsync()
    {
        Aisha = await AddParentAsync("Aisha Rahman", "aisha@example.org");
        Yusuf = await AddParentAsync("Yusuf Rahman", "yusuf@example.org");
        Ibrahim = await AddStudentAsync("Ibrahim Rahman", null, Aisha);
        Maryam = await AddStudentAsync("Maryam Rahman", null, Aisha);
        await LinkAsync(Yusuf, Maryam);
    }

    protected async Task ArchiveAsync(Guid parentId)
    {
        var archived = await Host.RunAsync<ParentLifecycle, Result>(
            l => l.ArchiveAsync(parentId, FamilyBuilder.Admin, CancellationToken.None));
        Assert.True(archived.Succeeded, archived.Message);
    }

    protected Task<bool> IsParentArchivedAsync(Guid parentId) =>
        Host.QueryAsync(db => db.Parents
            .Where(p => p.Id == parentId)
            .Select(p => p.Account.ArchivedAt != null)
            .SingleAsync());

    protected Task<Student> LoadStudentWithAccountAsync(Guid studentId) =>
        Host.QueryAsync(db => db.Students.AsNoTracking().Include(s => s.Account).SingleAsync(s => s.Id == studentId));

    protected static Task ClickDialogButtonAsync(IRenderedComponent<DialogHost> host, string label) =>
        host.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == label).ClickAsync(new());

    protected static Task WaitForFlowAsync(Task flow) =>
        flow.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);
}
