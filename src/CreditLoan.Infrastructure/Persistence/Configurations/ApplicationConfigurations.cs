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
        // statistics bookkeeping: set once, by the save that first counts the application as overdue (StatsProjector)
        b.Property<bool>(StatsProjector.OverdueCountedColumn).HasDefaultValue(false);
        // statistics: the enterprise's township and industry section when it applied (StatsProjector)
        b.Property<string>(StatsProjector.TownshipColumn).HasMaxLength(9).IsUnicode(false).HasDefaultValue("");
        b.Property<string>(StatsProjector.IndustryColumn).HasMaxLength(1).IsUnicode(false).HasDefaultValue("");
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

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> b)
    {
        b.ToTable("application_history");
        b.HasKey(x => new { x.ApplicationId, x.Sequence });
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.By).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(500);
    }
}

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
        b.HasIndex(x => x.ApplicationId).IsUnique();
        // statistics: enterprises served in a date range, for the platform and for one bank (covering indexes)
        b.HasIndex(x => new { x.BankId, x.DisbursedOn, x.EnterpriseId });
        b.HasIndex(x => new { x.DisbursedOn, x.EnterpriseId });
        // statistics: where the loan's application was made, for enterprises served by township and by industry
        b.Property<string>(StatsProjector.TownshipColumn).HasMaxLength(9).IsUnicode(false).HasDefaultValue("");
        b.Property<string>(StatsProjector.IndustryColumn).HasMaxLength(1).IsUnicode(false).HasDefaultValue("");
        b.HasIndex(StatsProjector.TownshipColumn, nameof(Loan.DisbursedOn), nameof(Loan.EnterpriseId));
        b.HasIndex(StatsProjector.IndustryColumn, nameof(Loan.DisbursedOn), nameof(Loan.EnterpriseId));
        b.HasOne<LoanApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(x => x.Schedule, s =>
        {
            s.ToTable("loan_installments");
            s.WithOwner().HasForeignKey("LoanId");
            s.HasKey("LoanId", nameof(ScheduledPayment.Period));
            s.Property(p => p.Period).ValueGeneratedNever(); // the schedule numbers its periods; not an identity column
        });
        b.Navigation(x => x.Schedule).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Repayments).WithOne().HasForeignKey(r => r.LoanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Repayments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RepaymentConfiguration : IEntityTypeConfiguration<Repayment>
{
    public void Configure(EntityTypeBuilder<Repayment> b)
    {
        b.ToTable("loan_repayments");
        b.Property(x => x.Id).ValueGeneratedNever(); // created by the loan: new rows are found through its collection
        b.Property(x => x.RecordedBy).HasMaxLength(200);
    }
}

internal sealed class ServiceRatingConfiguration : IEntityTypeConfiguration<ServiceRating>
{
    public void Configure(EntityTypeBuilder<ServiceRating> b)
    {
        b.ToTable("service_ratings");
        b.HasKey(x => x.ApplicationId);
        b.Property(x => x.Comment).HasMaxLength(500);
        b.HasIndex(x => x.BankId);
    }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<StoredCalendarYear>
{
    public void Configure(EntityTypeBuilder<StoredCalendarYear> b)
    {
        b.ToTable("calendar_years");
        b.HasKey(x => x.Year);
        b.Property(x => x.Year).ValueGeneratedNever();
        b.Property(x => x.UpdatedBy).HasMaxLength(200);
    }
}
