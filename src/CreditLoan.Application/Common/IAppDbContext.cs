using CreditLoan.Domain.Jobs;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Products;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CreditLoan.Application.Common;

/// <summary>The unit of work handlers use directly (no repositories in between).</summary>
public interface IAppDbContext
{
    DbSet<AppUser> Users { get; }
    DbSet<Bank> Banks { get; }
    DbSet<Station> Stations { get; }
    DbSet<Enterprise> Enterprises { get; }
    DbSet<RegistryRecord> RegistryRecords { get; }
    DbSet<ImportBatch> ImportBatches { get; }
    DbSet<LoanProduct> Products { get; }
    DbSet<AuditEntry> AuditLog { get; }
    DbSet<OutboxMessage> Outbox { get; }
    DbSet<TaxRatingRecord> TaxRatings { get; }
    DbSet<SocialInsuranceRecord> SocialInsuranceRecords { get; }
    DbSet<UtilityRecord> UtilityRecords { get; }
    DbSet<PenaltyRecord> PenaltyRecords { get; }
    DbSet<JudgmentRecord> JudgmentRecords { get; }
    DbSet<DishonestRecord> DishonestRecords { get; }
    DbSet<HonourRecord> HonourRecords { get; }
    DbSet<CreditProfile> CreditProfiles { get; }
    DbSet<Consent> Consents { get; }
    DbSet<Delegation> Delegations { get; }
    DbSet<PaperAuthorisation> PaperAuthorisations { get; }
    DbSet<AuthorisationScan> AuthorisationScans { get; }
    DbSet<FinancingNeed> Needs { get; }
    DbSet<LoanApplication> Applications { get; }
    DbSet<Loan> Loans { get; }
    /// <summary>The loans' repayments, for reading them without their loans (a bulk import); recorded only through <see cref="Loan"/>.</summary>
    DbSet<Repayment> LoanRepayments { get; }
    DbSet<RepaymentImport> RepaymentImports { get; }
    DbSet<Domain.Cases.Rating> Ratings { get; }
    DbSet<Domain.Cases.ServiceCase> Cases { get; }
    DbSet<Features.Calendar.StoredCalendarYear> CalendarYears { get; }
    DbSet<Domain.Ledger.LedgerAccount> LedgerAccounts { get; }
    DbSet<Domain.Ledger.Posting> Postings { get; }
    DbSet<StationTransaction> StationTransactions { get; }
    DbSet<IdempotencyRecord> IdempotencyRecords { get; }
    DbSet<StationDay> StationDays { get; }
    DbSet<Domain.Billers.Biller> Billers { get; }
    DbSet<Domain.Statistics.ApplicationStatsDay> ApplicationStats { get; }
    DbSet<Domain.Statistics.StationStatsDay> StationStats { get; }
    DbSet<Domain.Statistics.ServiceStatsDay> ServiceStats { get; }
    DbSet<Domain.Notices.Notice> Notices { get; }
    DbSet<Domain.Messages.EnterpriseMessage> Messages { get; }
    DbSet<SupervisionNote> SupervisionNotes { get; }
    DbSet<Domain.Statistics.ServedPair> ServedPairs { get; }
    DbSet<Domain.Statistics.ServedDay> ServedDays { get; }
    DbSet<Domain.Statistics.PortfolioStatsDay> PortfolioStats { get; }
    DbSet<Domain.Statistics.PortfolioMonthEnd> PortfolioMonthEnds { get; }
    DbSet<JobPosting> Jobs { get; }
    DbSet<UserSession> Sessions { get; }
    DbSet<BankSettingChange> BankSettingChanges { get; }
    DbSet<Domain.Places.DivisionRecord> Divisions { get; }

    DatabaseFacade Database { get; }

    /// <summary>What the unit of work tracks: cleared before a command runs again, so nothing of a failed attempt is saved.</summary>
    Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
