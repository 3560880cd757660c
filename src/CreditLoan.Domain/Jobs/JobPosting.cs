using CreditLoan.Domain.Common;

namespace CreditLoan.Domain.Jobs;

/// <summary>A job posted by an enterprise on the station board (找工作).</summary>
public sealed class JobPosting : Entity
{
    private JobPosting() { }

    public JobPosting(Guid enterpriseId, string title, string divisionCode, string salary, string? description, string? contactPhone, DateTimeOffset postedAt)
    {
        EnterpriseId = enterpriseId;
        Title = title;
        DivisionCode = divisionCode;
        Salary = salary;
        Description = description;
        ContactPhone = contactPhone;
        PostedAt = postedAt;
    }

    public Guid EnterpriseId { get; private set; }
    public string Title { get; private set; } = "";
    public string DivisionCode { get; private set; } = "";
    public string Salary { get; private set; } = "";
    public string? Description { get; private set; }
    public string? ContactPhone { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
}
