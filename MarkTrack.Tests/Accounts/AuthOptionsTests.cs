using MarkTrack.Domain.Accounts;
using MarkTrack.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace MarkTrack.Tests.Accounts;

public sealed class AuthOptionsTests
{
    [Fact]
    public void DefaultLifetimeIsFourteenDays()
    {
        var expiry = new TemporaryPasswordExpiry(Options.Create(new AuthOptions()), new TestClock());

        Assert.Equal(TimeSpan.FromDays(14), expiry.Lifetime);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(366)]
    public void OutOfRangeDaysAreRejected(int days)
    {
        var result = new AuthOptionsValidator().Validate(null, new AuthOptions { TemporaryPasswordDays = days });

        Assert.True(result.Failed);
        Assert.Equal(
            $"Auth:TemporaryPasswordDays is {days}. Set it to a whole number of days from 1 to 365.",
            result.FailureMessage);
    }

    [Fact]
    public void ConfiguredDaysSetLifetime()
    {
        var expiry = new TemporaryPasswordExpiry(Options.Create(new AuthOptions { TemporaryPasswordDays = 3 }), new TestClock());

        Assert.Equal(TimeSpan.FromDays(3), expiry.Lifetime);
    }
}
