using CreditLoan.Application.Features.Calendar;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class RepaymentConfiguration : IEntityTypeConfiguration<Repayment>
{
    public void Configure(EntityTypeBuilder<Repayment> b)
    {
        b.ToTable("loan_repayments");
        b.Property(x => x.Id).ValueGeneratedNever(); // created by the loan: new rows are found through its collection
        b.Property(x => x.RecordedBy).HasMaxLength(200);
        // a bulk import reads only a loan's repayments booked lately (Loan.CountEarlierRepaymentsAsOne); the index serves the
        // foreign key too
        b.HasIndex(x => new { x.LoanId, x.BookedOn });
    }
}
