using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class PaperAuthorisationConfiguration : IEntityTypeConfiguration<PaperAuthorisation>
{
    public void Configure(EntityTypeBuilder<PaperAuthorisation> b)
    {
        b.ToTable("paper_authorisations");
        b.Property(x => x.PrincipalName).HasMaxLength(50);
        b.Property(x => x.PrincipalIdNumber).HasMaxLength(18).IsUnicode(false);
        b.Property(x => x.Phone).HasMaxLength(11).IsUnicode(false);
        b.Property(x => x.FileName).HasMaxLength(100);
        b.Property(x => x.ContentType).HasMaxLength(32).IsUnicode(false);
        b.Property(x => x.Sha256).HasMaxLength(64).IsUnicode(false);
        b.Property(x => x.RecordedBy).HasMaxLength(200);
        b.HasIndex(x => x.EnterpriseId);
        b.HasIndex(x => new { x.StationId, x.RecordedAt });
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Station>().WithMany().HasForeignKey(x => x.StationId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The scans in a table of their own (BLOB on SQLite, LONGBLOB on MariaDB), one row per authorisation (ADR 0011).</summary>
internal sealed class AuthorisationScanConfiguration : IEntityTypeConfiguration<AuthorisationScan>
{
    public void Configure(EntityTypeBuilder<AuthorisationScan> b)
    {
        b.ToTable("authorisation_scans");
        b.HasKey(x => x.AuthorisationId);
        b.Property(x => x.Content).IsRequired();
        b.HasOne<PaperAuthorisation>().WithOne().HasForeignKey<AuthorisationScan>(x => x.AuthorisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
