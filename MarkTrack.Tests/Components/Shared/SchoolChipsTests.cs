using AngleSharp.Dom;
using Bunit;
using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Schools;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Web.Components.Shared;
using MarkTrack.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MarkTrack.Tests.Components.Shared;

/// <summary>
/// The school chips of the parent and student profiles over a real database. Removal is rejected
/// while children are enrolled there or for the last school, and enrolling a child adds its parents.
/// </summary>
public sealed class SchoolChipsTests : LinkingTestContext
{
    private Guid _hifz;
    private int _changedCount;

    private async Task AddHifzAcademyAsync()
    {
        var added = await Host.RunAsync<SchoolService, Result<School>>(
            s => s.AddAsync(Host.School.OrganizationId, "Hifz Academy", CancellationToken.None));
        Assert.True(added.Succeeded, added.Message);
        _hifz = added.Value!.Id;
    }

    [Fact]
    public async Task RemoveRejectedWhileChildrenEnrolled()
    {
        await AddHifzAcademyAsync();
        var aisha = await AddParentAsync("Aisha Rahman", "aisha@example.org");
        await AddStudentAsync("Maryam Rahman", null, aisha);
        await AddStudentAsync("Ibrahim Rahman", null, aisha);
        await JoinAsync(aisha, _hifz);
        var chips = await RenderParentChipsAsync(aisha);

        await FindChip(chips, "Test School").QuerySelector(".mud-chip-close-button")!.ClickAsync(new());

        var snackbar = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal(
            "Cannot remove from Test School: parent still has children enrolled there (Ibrahim Rahman, Maryam Rahman). "
            + "Unlink or remove the children from this school first.",
            snackbar.Message);
        Assert.Equal(Severity.Error, snackbar.Severity);
        Assert.Equal(0, _changedCount);
        Assert.True(await BelongsToAsync(aisha, Host.School.Id));
    }

    [Fact]
    public async Task RemoveRejectedForLastSchool()
    {
        var salma = await AddParentAsync("Salma Noor", "salma@example.org");
        var chips = await RenderParentChipsAsync(salma);

        await FindChip(chips, "Test School").QuerySelector(".mud-chip-close-button")!.ClickAsync(new());

        var snackbar = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal("Cannot remove from Test School: a parent must belong to at least one school.", snackbar.Message);
        Assert.Equal(Severity.Error, snackbar.Severity);
        Assert.Equal(0, _changedCount);
        Assert.True(await BelongsToAsync(salma, Host.School.Id));
    }

    [Fact]
    public async Task RemoveSchoolWithoutChildrenThere()
    {
        await AddHifzAcademyAsync();
        var aisha = await AddParentAsync("Aisha Rahman", "aisha@example.org");
        await AddStudentAsync("Maryam Rahman", null, aisha);
        await JoinAsync(aisha, _hifz);
        var chips = await RenderParentChipsAsync(aisha);

        await FindChip(chips, "Hifz Academy").QuerySelector(".mud-chip-close-button")!.ClickAsync(new());

        var snackbar = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal("Aisha Rahman has been removed from Hifz Academy.", snackbar.Message);
        Assert.Equal(Severity.Success, snackbar.Severity);
        Assert.Equal(1, _changedCount);
        Assert.False(await BelongsToAsync(aisha, _hifz));
        Assert.True(await BelongsToAsync(aisha, Host.School.Id));
    }

    [Fact]
    public async Task AddMenuListsOnlyOtherSchools()
    {
        await AddHifzAcademyAsync();
        var aisha = await AddParentAsync("Aisha Rahman", "aisha@example.org");
        var host = Render<DialogHost>();
        var chips = await RenderParentChipsAsync(aisha);

        await OpenAddMenuAsync(chips);

        var items = host.FindAll(".mud-menu-item").Select(e => e.TextContent.Trim());
        Assert.Equal(["Hifz Academy"], items);
        Assert.Equal("Add to School", chips.Find("[data-testid=add-school-membership] button").TextContent.Trim());
    }

    [Fact]
    public async Task AddToSchoolFromMenu()
    {
        await AddHifzAcademyAsync();
        var aisha = await AddParentAsync("Aisha Rahman", "aisha@example.org");
        var host = Render<DialogHost>();
        var chips = await RenderParentChipsAsync(aisha);
        await OpenAddMenuAsync(chips);

        await host.FindAll(".mud-menu-item").Single(e => e.TextContent.Trim() == "Hifz Academy").ClickAsync(new());

        var snackbar = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal("Aisha Rahman has been added to Hifz Academy.", snackbar.Message);
        Assert.Equal(1, _changedCount);
        Assert.True(await BelongsToAsync(aisha, _hifz));
    }

    [Fact]
    public async Task EnrollingChildAddsBothParents()
    {
        await AddHifzAcademyAsync();
        var aisha = await AddParentAsync("Aisha Rahman", "aisha@example.org");
        var yusuf = await AddParentAsync("Yusuf Rahman", "yusuf@example.org");
        var maryam = await AddStudentAsync("Maryam Rahman", null, aisha);
        await LinkAsync(yusuf, maryam);
        var host = Render<DialogHost>();
        var chips = await RenderStudentChipsAsync(maryam);
        await OpenAddMenuAsync(chips);

        await host.FindAll(".mud-menu-item").Single(e => e.TextContent.Trim() == "Hifz Academy").ClickAsync(new());

        var snackbar = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal("Maryam Rahman has been enrolled in Hifz Academy.", snackbar.Message);
        Assert.Equal(Severity.Success, snackbar.Severity);
        Assert.True(await Host.QueryAsync(db => db.Enrollments.AnyAsync(e => e.StudentId == maryam && e.SchoolId == _hifz)));
        Assert.True(await BelongsToAsync(aisha, _hifz));
        Assert.True(await BelongsToAsync(yusuf, _hifz));
        Assert.True(await BelongsToAsync(aisha, Host.School.Id));
        Assert.True(await BelongsToAsync(yusuf, Host.School.Id));
    }

    [Fact]
    public async Task EnrollLeavesOtherFamiliesOut()
    {
        await AddHifzAcademyAsync();
        var aisha = await AddParentAsync("Aisha Rahman", "aisha@example.org");
        var fatima = await AddParentAsync("Fatima Khan", "fatima@example.org");
        var maryam = await AddStudentAsync("Maryam Rahman", null, aisha);
        await AddStudentAsync("Zaid Khan", null, fatima);
        var host = Render<DialogHost>();
        var chips = await RenderStudentChipsAsync(maryam);
        await OpenAddMenuAsync(chips);

        await host.FindAll(".mud-menu-item").Single(e => e.TextContent.Trim() == "Hifz Academy").ClickAsync(new());

        Assert.True(await BelongsToAsync(aisha, _hifz));
        Assert.False(await BelongsToAsync(fatima, _hifz));
    }

    private async Task<IRenderedComponent<SchoolChips>> RenderParentChipsAsync(Guid parentId)
    {
        var profile = await GetParentProfileAsync(parentId);
        return RenderChips(
            profile!.Schools,
            "Add to School",
            (memberships, schoolId, actor) => memberships.AddParentAsync(parentId, schoolId, actor, CancellationToken.None),
            (memberships, schoolId, actor) => memberships.RemoveParentAsync(parentId, schoolId, actor, CancellationToken.None));
    }

    private async Task<IRenderedComponent<SchoolChips>> RenderStudentChipsAsync(Guid studentId)
    {
        var profile = await GetStudentProfileAsync(studentId);
        return RenderChips(
            profile!.Schools,
            "Enroll in School",
            (memberships, schoolId, actor) => memberships.EnrollStudentAsync(studentId, schoolId, actor, CancellationToken.None),
            (memberships, schoolId, actor) => memberships.UnenrollStudentAsync(studentId, schoolId, actor, CancellationToken.None));
    }

    /// <summary>Renders the chips as a profile page does, calling the membership service through the domain scope.</summary>
    private IRenderedComponent<SchoolChips> RenderChips(
        IReadOnlyList<SchoolOption> schools,
        string addLabel,
        Func<SchoolMemberships, Guid, Actor, Task<Result>> add,
        Func<SchoolMemberships, Guid, Actor, Task<Result>> remove)
    {
        var domain = Services.GetRequiredService<DomainScope>();
        return Render<SchoolChips>(parameters => parameters
            .Add(c => c.Schools, schools)
            .Add(c => c.AddLabel, addLabel)
            .Add(c => c.AddAsync, (schoolId, actor) => domain.RunAsync<SchoolMemberships, Result>(m => add(m, schoolId, actor)))
            .Add(c => c.RemoveAsync, (schoolId, actor) => domain.RunAsync<SchoolMemberships, Result>(m => remove(m, schoolId, actor)))
            .Add(c => c.Changed, () => _changedCount++));
    }

    private static IElement FindChip(IRenderedComponent<SchoolChips> chips, string schoolName) =>
        chips.FindAll(".mud-chip").Single(c => c.TextContent.Trim() == schoolName);

    private static async Task OpenAddMenuAsync(IRenderedComponent<SchoolChips> chips) =>
        await chips.Find("[data-testid=add-school-membership] button").ClickAsync(new());

    private async Task JoinAsync(Guid parentId, Guid schoolId)
    {
        var joined = await Host.RunAsync<SchoolMemberships, Result>(
            m => m.AddParentAsync(parentId, schoolId, FamilyBuilder.Admin, CancellationToken.None));
        Assert.True(joined.Succeeded, joined.Message);
    }

    private Task<bool> BelongsToAsync(Guid parentId, Guid schoolId) =>
        Host.QueryAsync(db => db.SchoolMemberships.AnyAsync(m => m.ParentId == parentId && m.SchoolId == schoolId));
}
