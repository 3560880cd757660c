using CreditLoan.Application.Features.Calendar;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

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
