using CreditLoan.Domain.Jobs;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>
/// The platform's one DbContext. Each provider has a subclass only so that its migrations live apart
/// (<see cref="SqliteAppDbContext"/>, <see cref="MySqlAppDbContext"/>); the model is the same.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityUserContext<AppUser>(options), IAppDbContext
{
    public DbSet<Bank> Banks => Set<Bank>();
    public DbSet<Station> Stations => Set<Station>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<RegistryRecord> RegistryRecords => Set<RegistryRecord>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<LoanProduct> Products => Set<LoanProduct>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<TaxRatingRecord> TaxRatings => Set<TaxRatingRecord>();
    public DbSet<SocialInsuranceRecord> SocialInsuranceRecords => Set<SocialInsuranceRecord>();
    public DbSet<UtilityRecord> UtilityRecords => Set<UtilityRecord>();
    public DbSet<PenaltyRecord> PenaltyRecords => Set<PenaltyRecord>();
    public DbSet<JudgmentRecord> JudgmentRecords => Set<JudgmentRecord>();
    public DbSet<DishonestRecord> DishonestRecords => Set<DishonestRecord>();
    public DbSet<HonourRecord> HonourRecords => Set<HonourRecord>();
    public DbSet<CreditProfile> CreditProfiles => Set<CreditProfile>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<PaperAuthorisation> PaperAuthorisations => Set<PaperAuthorisation>();
    public DbSet<AuthorisationScan> AuthorisationScans => Set<AuthorisationScan>();
    public DbSet<FinancingNeed> Needs => Set<FinancingNeed>();
    public DbSet<Domain.Applications.LoanApplication> Applications => Set<Domain.Applications.LoanApplication>();
    public DbSet<Domain.Loans.Loan> Loans => Set<Domain.Loans.Loan>();
    public DbSet<Domain.Loans.Repayment> LoanRepayments => Set<Domain.Loans.Repayment>();
    public DbSet<Domain.Loans.RepaymentImport> RepaymentImports => Set<Domain.Loans.RepaymentImport>();
    public DbSet<Domain.Cases.Rating> Ratings => Set<Domain.Cases.Rating>();
    public DbSet<Domain.Cases.ServiceCase> Cases => Set<Domain.Cases.ServiceCase>();
    public DbSet<CaseNumberDay> CaseNumbers => Set<CaseNumberDay>();
    public DbSet<Application.Features.Calendar.StoredCalendarYear> CalendarYears => Set<Application.Features.Calendar.StoredCalendarYear>();
    public DbSet<Domain.Ledger.LedgerAccount> LedgerAccounts => Set<Domain.Ledger.LedgerAccount>();
    public DbSet<Domain.Ledger.Posting> Postings => Set<Domain.Ledger.Posting>();
    public DbSet<StationTransaction> StationTransactions => Set<StationTransaction>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<StationDay> StationDays => Set<StationDay>();
    public DbSet<Domain.Billers.Biller> Billers => Set<Domain.Billers.Biller>();
    public DbSet<JobPosting> Jobs => Set<JobPosting>();
    public DbSet<UserSession> Sessions => Set<UserSession>();
    public DbSet<BankSettingChange> BankSettingChanges => Set<BankSettingChange>();
    public DbSet<Domain.Places.DivisionRecord> Divisions => Set<Domain.Places.DivisionRecord>();
    public DbSet<Jobs.JobLease> JobLeases => Set<Jobs.JobLease>();

    /// <summary>The portal's cookie and antiforgery keys, shared by every instance (docs/operations.md, "Several instances").</summary>
    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        // what an entity records happening is handed to the consumers, never stored
        foreach (var type in builder.Model.GetEntityTypes().Select(t => t.ClrType).Where(t => typeof(Entity).IsAssignableFrom(t)).ToList())
            builder.Entity(type).Ignore(nameof(Entity.DomainEvents));
        builder.Entity<AppUser>(u =>
        {
            u.ToTable("users");
            u.Property(x => x.DisplayName).HasMaxLength(100);
            u.Property(x => x.Role).HasMaxLength(16);
            u.HasIndex(x => x.BankId);
            u.HasIndex(x => x.EnterpriseId);
            u.HasIndex(x => x.StationId);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>().ToTable("user_tokens");

    }

    public DbSet<Domain.Statistics.ApplicationStatsDay> ApplicationStats => Set<Domain.Statistics.ApplicationStatsDay>();
    public DbSet<Domain.Statistics.StationStatsDay> StationStats => Set<Domain.Statistics.StationStatsDay>();
    public DbSet<Domain.Statistics.ServiceStatsDay> ServiceStats => Set<Domain.Statistics.ServiceStatsDay>();
    public DbSet<Domain.Notices.Notice> Notices => Set<Domain.Notices.Notice>();
    public DbSet<Domain.Messages.EnterpriseMessage> Messages => Set<Domain.Messages.EnterpriseMessage>();
    public DbSet<Domain.Applications.SupervisionNote> SupervisionNotes => Set<Domain.Applications.SupervisionNote>();
    public DbSet<Domain.Statistics.ServedPair> ServedPairs => Set<Domain.Statistics.ServedPair>();
    public DbSet<Domain.Statistics.ServedDay> ServedDays => Set<Domain.Statistics.ServedDay>();
    public DbSet<Domain.Statistics.PortfolioStatsDay> PortfolioStats => Set<Domain.Statistics.PortfolioStatsDay>();
    public DbSet<Domain.Statistics.PortfolioMonthEnd> PortfolioMonthEnds => Set<Domain.Statistics.PortfolioMonthEnd>();

    /// <summary>
    /// The audit log and the ledger's entries are append-only: a change or deletion of one is a programming error and is
    /// refused. Nothing else happens in a save: the statistics and the notifications come from the domain events,
    /// dispatched by the command's code before it saves (<see cref="Application.Common.DomainEventDispatcher"/>).
    /// </summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAppendOnly();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAppendOnly();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void GuardAppendOnly()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit log is append-only.");
        if (ChangeTracker.Entries<Domain.Ledger.LedgerEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted)
            || ChangeTracker.Entries<Domain.Ledger.Posting>().Any(e => e.State is EntityState.Deleted))
            throw new InvalidOperationException("Ledger entries are immutable: correct a posting with a reversal, never by editing it.");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money is DECIMAL(18,2) everywhere; rates override this with (9,4) in their configurations.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
