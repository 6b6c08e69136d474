using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Students;
using MarkTrack.Web.Hosting;
using MarkTrack.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace MarkTrack.Web.Components.Shared;

/// <summary>
/// The link and unlink steps shared by a parent's Children tab and a student's Parents card.
/// Each step picks or confirms in a dialog, calls the linking service as the signed-in admin,
/// shows the result's message in a snackbar and raises <see cref="Changed"/>.
/// </summary>
public abstract class LinkingComponentBase : ComponentBase
{
    [Inject]
    protected DomainScope Domain { get; set; } = null!;

    [Inject]
    protected CurrentSchool CurrentSchool { get; set; } = null!;

    [Inject]
    protected IDialogService Dialogs { get; set; } = null!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = null!;

    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    /// <summary>Raised after a link or unlink attempt, so the page reloads what it shows.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    /// <summary>True from a click until its dialog closes and any change is saved. The buttons are disabled meanwhile.</summary>
    protected bool Working { get; private set; }

    /// <summary>Opens a link picker; the picked person's id is passed to <paramref name="linkAsync"/>.</summary>
    protected Task PickAndLinkAsync(
        DialogParameters<LinkPickerDialog> picker,
        Func<Guid, Actor, Task<Result>> linkAsync) =>
        RunOnceAsync(async () =>
        {
            var dialog = await Dialogs.ShowAsync<LinkPickerDialog>(null, picker, DialogOptions);
            var picked = await dialog.Result;
            if (picked is { Canceled: false, Data: Guid id })
                await ApplyAsync(actor => linkAsync(id, actor));
        });

    /// <summary>Asks for confirmation with what will happen to the child, then unlinks.</summary>
    protected Task ConfirmAndUnlinkAsync(Guid parentId, Guid studentId) =>
        RunOnceAsync(async () =>
        {
            var student = await Domain.RunAsync<StudentDirectory, StudentProfile?>(
                d => d.GetProfileAsync(studentId, CancellationToken.None));
            if (student is null)
            {
                Snackbar.Add(StudentMessages.StudentNotFound, Severity.Error);
                return;
            }

            var parameters = new DialogParameters<UnlinkDialog>
            {
                { d => d.Student, student },
                { d => d.ParentId, parentId },
            };
            var dialog = await Dialogs.ShowAsync<UnlinkDialog>(null, parameters, DialogOptions);
            var confirmed = await dialog.Result;
            var shownOutcome = PredictUnlink(student, parentId);
            if (confirmed is { Canceled: false })
                await ApplyAsync(actor => Domain.RunAsync<StudentLinking, Result>(
                    linking => linking.UnlinkAsync(parentId, studentId, actor, CancellationToken.None, shownOutcome)));
        });

    /// <summary>Returns the outcome the unlink confirmation showed for this student, so a change made since is caught.</summary>
    private static UnlinkOutcome? PredictUnlink(StudentProfile student, Guid parentId)
    {
        if (student.Parent2?.Id == parentId)
            return UnlinkOutcome.Removed;
        if (student.Parent1?.Id != parentId)
            return null;
        return student.Parent2 is null ? UnlinkOutcome.BecameIndependent : UnlinkOutcome.SecondParentPromoted;
    }

    /// <summary>Returns the current school's id, or shows an error and returns null when there is none.</summary>
    protected async Task<Guid?> RequireSchoolAsync()
    {
        await CurrentSchool.LoadAsync();
        if (CurrentSchool.Id is { } schoolId)
            return schoolId;

        Snackbar.Add(StudentMessages.SchoolNotFound, Severity.Error);
        return null;
    }

    private async Task ApplyAsync(Func<Actor, Task<Result>> change)
    {
        var state = await AuthenticationState;
        var result = await change(state.User.ToActor());

        Snackbar.Add(result.Message, result.Succeeded ? Severity.Success : Severity.Error);
        await Changed.InvokeAsync();
    }

    private async Task RunOnceAsync(Func<Task> action)
    {
        if (Working)
            return;

        Working = true;
        try
        {
            await action();
        }
        finally
        {
            Working = false;
        }
    }
}
