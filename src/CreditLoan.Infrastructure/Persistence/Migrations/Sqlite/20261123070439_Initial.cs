using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreditLoan.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "banks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MakerCheckerThreshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    WithdrawalLimitPerDay = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    WithdrawalLimitPerTransaction = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_banks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "calendar_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_years", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "credit_profiles",
                columns: table => new
                {
                    CreditCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    KnockOutCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_profiles", x => x.CreditCode);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dishonest_records",
                columns: table => new
                {
                    CreditCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    CaseNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ListedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BatchId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dishonest_records", x => new { x.CreditCode, x.CaseNo });
                });

            migrationBuilder.CreateTable(
                name: "enterprises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegisteredCapital = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", unicode: false, maxLength: 3, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", unicode: false, maxLength: 11, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "honour_records",
                columns: table => new
                {
                    CreditCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    AwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_honour_records", x => new { x.CreditCode, x.AwardedOn, x.Title });
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    RefusedField = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RequestHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ResponseJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => new { x.StationId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "import_batches",
                columns: table => new
                {
                    Dataset = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_batches", x => new { x.Dataset, x.BatchId });
                });

            migrationBuilder.CreateTable(
                name: "job_leases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AcquiredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_leases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Salary = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "judgment_records",
                columns: table => new
                {
                    CreditCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    CaseNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    JudgedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Settled = table.Column<bool>(type: "INTEGER", nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_judgment_records", x => new { x.CreditCode, x.CaseNo });
                });

            migrationBuilder.CreateTable(
                name: "ledger_accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    BankId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    MaskedIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Ceiling = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Balance = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Townships = table.Column<string>(type: "TEXT", maxLength: 6000, nullable: false),
                    Industries = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DeduplicationKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "penalty_records",
                columns: table => new
                {
                    CreditCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    CaseNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BatchId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_penalty_records", x => new { x.CreditCode, x.CaseNo });
                });

            migrationBuilder.CreateTable(
                name: "postings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BusinessDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_postings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_records",
                columns: table => new
                {
                    CreditCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegisteredCapital = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", unicode: false, maxLength: 3, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_records", x => x.CreditCode);
                });

            migrationBuilder.CreateTable(
                name: "service_ratings",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BankId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_ratings", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "social_insurance_records",
                columns: table => new
                {
                    CreditCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MonthsPaidLast12 = table.Column<int>(type: "INTEGER", nullable: false),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_social_insurance_records", x => new { x.CreditCode, x.AsOf });
                });

            migrationBuilder.CreateTable(
                name: "station_days",
                columns: table => new
                {
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BusinessDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpectedCash = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CountedCash = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Transactions = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_station_days", x => new { x.StationId, x.BusinessDate });
                });

            migrationBuilder.CreateTable(
                name: "station_transactions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MaskedAccountNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ToAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BillNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Payee = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BusinessDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PostingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BalanceAfter = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    StationCashAfter = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Agent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceiptNo = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: false),
                    ReversedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReversalOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_station_transactions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stats_applications_daily",
                columns: table => new
                {
                    Dimension = table.Column<string>(type: "TEXT", unicode: false, maxLength: 1, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BankId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Applications = table.Column<long>(type: "INTEGER", nullable: false),
                    Approvals = table.Column<long>(type: "INTEGER", nullable: false),
                    Rejections = table.Column<long>(type: "INTEGER", nullable: false),
                    Accepts = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    Decisions = table.Column<long>(type: "INTEGER", nullable: false),
                    DecideSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    Loans = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DaysToDisburse = table.Column<long>(type: "INTEGER", nullable: false),
                    Overdue = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stats_applications_daily", x => new { x.Dimension, x.Day, x.BankId, x.GroupKey });
                });

            migrationBuilder.CreateTable(
                name: "stats_served_days",
                columns: table => new
                {
                    Scope = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stats_served_days", x => new { x.Scope, x.EnterpriseId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "stats_served_pairs",
                columns: table => new
                {
                    Scope = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PrevDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    N = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stats_served_pairs", x => new { x.Scope, x.Day, x.PrevDay });
                });

            migrationBuilder.CreateTable(
                name: "stats_station_daily",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stats_station_daily", x => new { x.Day, x.StationId, x.Type });
                });

            migrationBuilder.CreateTable(
                name: "tax_ratings",
                columns: table => new
                {
                    CreditCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tax_ratings", x => new { x.CreditCode, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BankId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "utility_records",
                columns: table => new
                {
                    CreditCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ArrearsMonthsLast12 = table.Column<int>(type: "INTEGER", nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_utility_records", x => new { x.CreditCode, x.AsOf });
                });

            migrationBuilder.CreateTable(
                name: "bank_commissions",
                columns: table => new
                {
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BankId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Fee = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bank_commissions", x => new { x.BankId, x.Type });
                    table.ForeignKey(
                        name: "FK_bank_commissions_banks_BankId",
                        column: x => x.BankId,
                        principalTable: "banks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BankId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MinAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    MaxAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    MinTermMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxTermMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    MinAnnualRate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    MaxAnnualRate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    RepaymentMethods = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Industries = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Divisions = table.Column<string>(type: "TEXT", nullable: false),
                    MinGrade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    MinYearsInBusiness = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseTypes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CollateralRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiredMaterials = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_products", x => x.Id);
                    table.ForeignKey(
                        name: "FK_products_banks_BankId",
                        column: x => x.BankId,
                        principalTable: "banks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    PartnerBankId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CashFloatLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stations_banks_PartnerBankId",
                        column: x => x.PartnerBankId,
                        principalTable: "banks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BankId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_consents_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "needs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    TermMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Collateral = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MaxAnnualRate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PostedByStationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_needs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_needs_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    PostingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Debit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Credit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_entries", x => new { x.PostingId, x.Line });
                    table.ForeignKey(
                        name: "FK_ledger_entries_postings_PostingId",
                        column: x => x.PostingId,
                        principalTable: "postings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_user_claims_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_user_logins_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_user_tokens_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BankId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NeedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RequestedTermMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedByStationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecideDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ApprovedAnnualRate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    ApprovedTermMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    ApprovedRepaymentMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DisbursedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    DisbursedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcceptOverdueNotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecideOverdueNotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndustrySection = table.Column<string>(type: "TEXT", unicode: false, maxLength: 1, nullable: true, defaultValue: ""),
                    OverdueCounted = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false),
                    Township = table.Column<string>(type: "TEXT", unicode: false, maxLength: 9, nullable: true, defaultValue: "")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_applications_banks_BankId",
                        column: x => x.BankId,
                        principalTable: "banks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_applications_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_applications_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "delegations",
                columns: table => new
                {
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delegations", x => new { x.EnterpriseId, x.StationId });
                    table.ForeignKey(
                        name: "FK_delegations_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_delegations_stations_StationId",
                        column: x => x.StationId,
                        principalTable: "stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_history",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_history", x => new { x.ApplicationId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_application_history_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "loans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BankId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Principal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    AnnualRate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    TermMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    RepaymentMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DisbursedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidTotal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndustrySection = table.Column<string>(type: "TEXT", unicode: false, maxLength: 1, nullable: true, defaultValue: ""),
                    Township = table.Column<string>(type: "TEXT", unicode: false, maxLength: 9, nullable: true, defaultValue: "")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_loans_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "loan_installments",
                columns: table => new
                {
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Principal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Interest = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Payment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Remaining = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loan_installments", x => new { x.LoanId, x.Period });
                    table.ForeignKey(
                        name: "FK_loan_installments_loans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "loan_repayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loan_repayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_loan_repayments_loans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_applications_BankId_NeedId",
                table: "applications",
                columns: new[] { "BankId", "NeedId" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_BankId_Status",
                table: "applications",
                columns: new[] { "BankId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_BankId_SubmittedAt_EnterpriseId",
                table: "applications",
                columns: new[] { "BankId", "SubmittedAt", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_EnterpriseId_SubmittedAt",
                table: "applications",
                columns: new[] { "EnterpriseId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_ProductId",
                table: "applications",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_Status_AcceptDueAt",
                table: "applications",
                columns: new[] { "Status", "AcceptDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_Status_DecideDueAt",
                table: "applications",
                columns: new[] { "Status", "DecideDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_At",
                table: "audit_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_EntityId",
                table: "audit_log",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_banks_CreditCode",
                table: "banks",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_consents_ApplicationId",
                table: "consents",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_consents_EnterpriseId_BankId",
                table: "consents",
                columns: new[] { "EnterpriseId", "BankId" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_profiles_Grade",
                table: "credit_profiles",
                column: "Grade");

            migrationBuilder.CreateIndex(
                name: "IX_delegations_StationId",
                table: "delegations",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_CreditCode",
                table: "enterprises",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_DivisionCode",
                table: "enterprises",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_RegisteredAt",
                table: "enterprises",
                column: "RegisteredAt");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_DivisionCode",
                table: "jobs",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_accounts_BankId_Kind",
                table: "ledger_accounts",
                columns: new[] { "BankId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_accounts_Number",
                table: "ledger_accounts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_AccountId",
                table: "ledger_entries",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_loan_repayments_LoanId",
                table: "loan_repayments",
                column: "LoanId");

            migrationBuilder.CreateIndex(
                name: "IX_loans_ApplicationId",
                table: "loans",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_loans_BankId_DisbursedOn_EnterpriseId",
                table: "loans",
                columns: new[] { "BankId", "DisbursedOn", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_loans_DisbursedOn_EnterpriseId",
                table: "loans",
                columns: new[] { "DisbursedOn", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_loans_IndustrySection_DisbursedOn_EnterpriseId",
                table: "loans",
                columns: new[] { "IndustrySection", "DisbursedOn", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_loans_Township_DisbursedOn_EnterpriseId",
                table: "loans",
                columns: new[] { "Township", "DisbursedOn", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_needs_EnterpriseId_Status",
                table: "needs",
                columns: new[] { "EnterpriseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_needs_PostedAt",
                table: "needs",
                column: "PostedAt");

            migrationBuilder.CreateIndex(
                name: "IX_needs_Status_ExpiresAt",
                table: "needs",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_notices_CreatedAt",
                table: "notices",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_DeduplicationKey",
                table: "outbox",
                column: "DeduplicationKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_SentAt_FailedAt_NextAttemptAt",
                table: "outbox",
                columns: new[] { "SentAt", "FailedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_postings_BusinessDate",
                table: "postings",
                column: "BusinessDate");

            migrationBuilder.CreateIndex(
                name: "IX_products_BankId_Status",
                table: "products",
                columns: new[] { "BankId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_products_Status_PublishedAt",
                table: "products",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_service_ratings_BankId",
                table: "service_ratings",
                column: "BankId");

            migrationBuilder.CreateIndex(
                name: "IX_station_transactions_AccountId_BusinessDate",
                table: "station_transactions",
                columns: new[] { "AccountId", "BusinessDate" });

            migrationBuilder.CreateIndex(
                name: "IX_station_transactions_ReceiptNo",
                table: "station_transactions",
                column: "ReceiptNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_station_transactions_StationId_BusinessDate",
                table: "station_transactions",
                columns: new[] { "StationId", "BusinessDate" });

            migrationBuilder.CreateIndex(
                name: "IX_stations_PartnerBankId",
                table: "stations",
                column: "PartnerBankId");

            migrationBuilder.CreateIndex(
                name: "IX_stations_VillageCode",
                table: "stations",
                column: "VillageCode");

            migrationBuilder.CreateIndex(
                name: "IX_stats_applications_daily_BankId_Dimension_Day",
                table: "stats_applications_daily",
                columns: new[] { "BankId", "Dimension", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_stats_station_daily_StationId_Day",
                table: "stats_station_daily",
                columns: new[] { "StationId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_user_claims_UserId",
                table: "user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_user_logins_UserId",
                table: "user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_users_BankId",
                table: "users",
                column: "BankId");

            migrationBuilder.CreateIndex(
                name: "IX_users_EnterpriseId",
                table: "users",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_users_StationId",
                table: "users",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "NormalizedUserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_history");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "bank_commissions");

            migrationBuilder.DropTable(
                name: "calendar_years");

            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "credit_profiles");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "delegations");

            migrationBuilder.DropTable(
                name: "dishonest_records");

            migrationBuilder.DropTable(
                name: "honour_records");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "import_batches");

            migrationBuilder.DropTable(
                name: "job_leases");

            migrationBuilder.DropTable(
                name: "jobs");

            migrationBuilder.DropTable(
                name: "judgment_records");

            migrationBuilder.DropTable(
                name: "ledger_accounts");

            migrationBuilder.DropTable(
                name: "ledger_entries");

            migrationBuilder.DropTable(
                name: "loan_installments");

            migrationBuilder.DropTable(
                name: "loan_repayments");

            migrationBuilder.DropTable(
                name: "needs");

            migrationBuilder.DropTable(
                name: "notices");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "penalty_records");

            migrationBuilder.DropTable(
                name: "registry_records");

            migrationBuilder.DropTable(
                name: "service_ratings");

            migrationBuilder.DropTable(
                name: "social_insurance_records");

            migrationBuilder.DropTable(
                name: "station_days");

            migrationBuilder.DropTable(
                name: "station_transactions");

            migrationBuilder.DropTable(
                name: "stats_applications_daily");

            migrationBuilder.DropTable(
                name: "stats_served_days");

            migrationBuilder.DropTable(
                name: "stats_served_pairs");

            migrationBuilder.DropTable(
                name: "stats_station_daily");

            migrationBuilder.DropTable(
                name: "tax_ratings");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "utility_records");

            migrationBuilder.DropTable(
                name: "stations");

            migrationBuilder.DropTable(
                name: "postings");

            migrationBuilder.DropTable(
                name: "loans");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "applications");

            migrationBuilder.DropTable(
                name: "enterprises");

            migrationBuilder.DropTable(
                name: "products");

            migrationBuilder.DropTable(
                name: "banks");
        }
    }
}
