using CreditLoan.Application.Common.Security;

namespace CreditLoan.Application.Tests;

/// <summary>The names the audit log writes ("wang (id)") read back: the id for links, the user name for pages.</summary>
public sealed class AuditNameTests
{
    [Theory]
    [InlineData("admin (0f3c2a9e-1b7d-4c55-9e0a-2d1f6b8c7a10)", "admin", "0f3c2a9e-1b7d-4c55-9e0a-2d1f6b8c7a10")]
    [InlineData("王 小 (x) (42)", "王 小 (x)", "42")]
    [InlineData("system", "system", null)]
    [InlineData("anonymous", "anonymous", null)]
    [InlineData("(x)", "(x)", null)]
    public void A_name_written_by_AuditName_gives_back_its_user_name_and_id(string written, string userName, string? id)
    {
        Assert.Equal(id, CurrentUserExtensions.UserIdOfAuditName(written));
        Assert.Equal(userName, CurrentUserExtensions.UserNameOfAuditName(written));
    }
}
