using Bunit;
using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Students;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Web.Components.Pages.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MarkTrack.Tests.Components.Students;

public sealed class AddStudentDialogTests : LinkingTestContext
{
    private int _calls;
    private TaskCompletionSource? _gate;

    [Fact]
    public async Task DialogShowsContractLabels()
    {
        var (host, _) = await OpenAsync();

        Assert.Contains("Full Name", host.Markup);
        Assert.Contains("Email Address", host.Markup);
        Assert.Contains("Parent", host.Markup);
        Assert.Equal("Create Student", host.Find("[data-testid=create-student]").TextContent.Trim());
    }

    [Fact]
    public async Task EmptyNameIsRequired()
    {
        var (host, _) = await OpenAsync();

        await host.Find("[data-testid=create-student]").ClickAsync(new());

        Assert.Contains("Full Name is required. Type the person's full name.", host.Markup);
        Assert.Equal(0, _calls);
    }

    [Fact]
    public async Task EmailHelperSaysIndependentNeedsEmail()
    {
        var (host, _) = await OpenAsync();

        Assert.Contains("Required for an independent student (no Parent)", host.Markup);
    }

    [Fact]
    public async Task IndependentWithoutEmailShowsDomainMessage()
    {
        var (host, dialog) = await OpenAsync();

        await host.Find("input[data-testid=student-full-name]").InputAsync(new() { Value = "Bilal Ahmed" });
        await host.Find("[data-testid=create-student]").ClickAsync(new());

        var error = host.WaitForElement("[data-testid=add-student-error]");
        Assert.Equal(StudentMessages.IndependentNeedsEmail, error.TextContent.Trim());
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(0, await Host.QueryAsync(db => db.Students.CountAsync()));
    }

    [Fact]
    public async Task IndependentWithEmailIsCreated()
    {
        var (host, dialog) = await OpenAsync();

        await host.Find("input[data-testid=student-full-name]").InputAsync(new() { Value = "Bilal Ahmed" });
        await host.Find("input[data-testid=student-email]").InputAsync(new() { Value = "bilal@example.org" });
        await host.Find("[data-testid=create-student]").ClickAsync(new());

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);
        Assert.False(result!.Canceled);
        Assert.Equal(
            "Bilal Ahmed has been added as an independent student. Login credentials have been emailed to bilal@example.org.",
            result.Data);
        var student = await Host.QueryAsync(db => db.Students.SingleAsync());
        Assert.Equal(StudentKind.Independent, student.Kind);
    }

    [Fact]
    public async Task PickedParentMakesChild()
    {
        var aisha = await AddParentAsync("Aisha Rahman", "aisha@example.org");
        await AddParentAsync("Fatima Khan", "fatima@example.org");
        var (host, dialog) = await OpenAsync();

        await host.Find("input[data-testid=student-full-name]").InputAsync(new() { Value = "Maryam Rahman" });
        await host.Find("input[data-testid=student-parent]").InputAsync(new() { Value = "aisha" });
        var option = host.WaitForElement(".mud-popover-open .mud-list-item");
        await option.ClickAsync(new());
        var emailHelper = host.Markup.Contains("Optional for a child, who signs in through the parent.");
        await host.Find("[data-testid=create-student]").ClickAsync(new());

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);
        Assert.True(emailHelper);
        Assert.Equal("Maryam Rahman has been added as a child of Aisha Rahman.", result!.Data);
        var student = await Host.QueryAsync(db => db.Students.SingleAsync());
        Assert.Equal(StudentKind.Child, student.Kind);
        Assert.Equal(aisha, student.Parent1Id);
        Assert.Null(student.Parent2Id);
    }

    [Fact]
    public async Task DoubleClickCreatesOneStudent()
    {
        var (host, dialog) = await OpenAsync();
        await host.Find("input[data-testid=student-full-name]").InputAsync(new() { Value = "Bilal Ahmed" });
        await host.Find("input[data-testid=student-email]").InputAsync(new() { Value = "bilal@example.org" });
        _gate = new TaskCompletionSource();

        var first = host.Find("[data-testid=create-student]").ClickAsync(new());
        var buttonWhileSaving = host.Find("[data-testid=create-student]");
        var disabledWhileSaving = buttonWhileSaving.HasAttribute("disabled");
        var second = buttonWhileSaving.ClickAsync(new());
        _gate.SetResult();
        await Task.WhenAll(first, second);
        await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);

        Assert.True(disabledWhileSaving);
        Assert.Equal(1, _calls);
        Assert.Equal(1, await Host.QueryAsync(db => db.Students.CountAsync()));
    }

    private async Task<(IRenderedComponent<DialogHost> Host, IDialogReference Dialog)> OpenAsync()
    {
        var host = Render<DialogHost>();
        var parameters = new DialogParameters<AddStudentDialog>
        {
            { d => d.CreateAsync, CountedCreateAsync },
            { d => d.SearchParentsAsync, SearchParentsAsync },
        };
        var dialogs = Services.GetRequiredService<IDialogService>();
        var dialog = await host.InvokeAsync(() => dialogs.ShowAsync<AddStudentDialog>("Add Student", parameters));
        return (host, dialog);
    }

    private async Task<Result> CountedCreateAsync(NewStudent input)
    {
        Interlocked.Increment(ref _calls);
        if (_gate is not null)
            await _gate.Task;

        var created = await Host.RunAsync<StudentService, Result<Student>>(
            s => s.CreateAsync(input, Host.School.Id, Actor.System, CancellationToken.None));
        return new Result(created.Succeeded, created.Message, created.Field);
    }

    private async Task<IReadOnlyList<ParentRow>> SearchParentsAsync(string? search)
    {
        var page = await Host.RunAsync<ParentDirectory, ParentPage>(
            d => d.ListAsync(Host.School.Id, search, 0, 20, CancellationToken.None));
        return page.Rows;
    }
}
