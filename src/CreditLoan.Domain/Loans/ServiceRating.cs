using CreditLoan.Domain.Common;
using CreditLoan.Domain.Products;

namespace CreditLoan.Domain.Loans;

/// <summary>The enterprise's rating of the service after disbursal (好差评), once per application.</summary>
public sealed class ServiceRating
{
    private ServiceRating() { }

    public ServiceRating(Guid applicationId, Guid bankId, int score, string? comment, DateTimeOffset at)
    {
        if (score is < 1 or > 5) throw new FieldRuleException("score", "score must be 1 to 5.") { Code = "ScoreOutOfRange" };
        ApplicationId = applicationId;
        BankId = bankId;
        Score = score;
        Comment = comment;
        At = at;
    }

    public Guid ApplicationId { get; private set; }
    public Guid BankId { get; private set; }
    public int Score { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset At { get; private set; }
}
