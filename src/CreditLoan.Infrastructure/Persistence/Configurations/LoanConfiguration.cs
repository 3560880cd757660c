using CreditLoan.Application.Features.Calendar;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class LoanConfiguration : IEntityTypeConfiguration<Loan>
{
    public void Configure(EntityTypeBuilder<Loan> b)
    {
        b.ToTable("loans");
        b.Property(x => x.AnnualRate).HasPrecision(9, 4);
        b.Property(x => x.RepaymentMethod).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.TotalDue);
        b.Ignore(x => x.Outstanding);
        b.Ignore(x => x.OrderedSchedule);
        b.Ignore(x => x.PartlyRead);
        // portfolio (docs/portfolio.md): 1.0.0 loans get their category from their product and are restated by the portfolio job
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(12).IsUnicode(false).HasDefaultValue(ProductCategory.Credit);
        b.Property(x => x.PositionStale).HasDefaultValue(false);
        b.Property(x => x.ScheduleDigest).HasMaxLength(16).IsUnicode(false).IsFixedLength();
        b.HasIndex(x => new { x.BankId, x.SettledAt, x.OldestUnpaidDue });
        b.HasIndex(x => new { x.SettledAt, x.OldestUnpaidDue });
        b.HasIndex(x => new { x.EnterpriseId, x.DisbursedOn });
        b.HasIndex(x => x.ApplicationId).IsUnique();
        // statistics: enterprises served in a date range, for the platform and for one bank (covering indexes)
        b.HasIndex(x => new { x.BankId, x.DisbursedOn, x.EnterpriseId });
        b.HasIndex(x => new { x.DisbursedOn, x.EnterpriseId });
        // statistics: where the loan's application was made, for enterprises served by township and by industry
        b.Property(x => x.Township).HasMaxLength(9).IsUnicode(false).HasDefaultValue("").IsRequired(false); // nullable as in 1.0.0
        b.Property(x => x.IndustrySection).HasMaxLength(1).IsUnicode(false).HasDefaultValue("").IsRequired(false);
        b.HasIndex(x => new { x.Township, x.DisbursedOn, x.EnterpriseId });
        b.HasIndex(x => new { x.IndustrySection, x.DisbursedOn, x.EnterpriseId });
        b.HasOne<LoanApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(x => x.Schedule, s =>
        {
            s.ToTable("loan_installments");
            s.WithOwner().HasForeignKey("LoanId");
            s.HasKey("LoanId", nameof(ScheduledPayment.Period));
            s.Property(p => p.Period).ValueGeneratedNever(); // the schedule numbers its periods; not an identity column
            s.Property(p => p.IsPrepayment).HasDefaultValue(false);
        });
        b.Navigation(x => x.Schedule).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Repayments).WithOne().HasForeignKey(r => r.LoanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Repayments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
