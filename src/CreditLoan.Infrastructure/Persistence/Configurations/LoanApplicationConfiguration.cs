using CreditLoan.Application.Features.Calendar;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class LoanApplicationConfiguration : IEntityTypeConfiguration<LoanApplication>
{
    public void Configure(EntityTypeBuilder<LoanApplication> b)
    {
        b.ToTable("applications");
        // statistics bookkeeping: set once, when the application first misses a limit (the projection counts it overdue once)
        b.Property(x => x.OverdueCounted).HasDefaultValue(false);
        // statistics: the enterprise's township and industry section when it applied
        b.Property(x => x.Township).HasMaxLength(9).IsUnicode(false).HasDefaultValue("").IsRequired(false); // nullable as in 1.0.0
        b.Property(x => x.IndustrySection).HasMaxLength(1).IsUnicode(false).HasDefaultValue("").IsRequired(false);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ApprovedRepaymentMethod).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ApprovedAnnualRate).HasPrecision(9, 4);
        b.Property(x => x.ProposedBy).HasMaxLength(200);
        b.Property(x => x.RejectReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Bank>().WithMany().HasForeignKey(x => x.BankId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LoanProduct>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BankId, x.Status });
        b.HasIndex(x => new { x.EnterpriseId, x.SubmittedAt });
        b.HasIndex(x => new { x.Status, x.AcceptDueAt });
        b.HasIndex(x => new { x.Status, x.DecideDueAt });
        // statistics, a bank's own overview: the enterprises that applied to it, the needs it was applied to with (covering)
        b.HasIndex(x => new { x.BankId, x.SubmittedAt, x.EnterpriseId });
        b.HasIndex(x => new { x.BankId, x.NeedId });
        b.HasMany(x => x.History).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
