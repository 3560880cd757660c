using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>One key of ASP.NET Core Data Protection's key ring, as XML (table <c>data_protection_keys</c>).</summary>
public sealed class DataProtectionKeyRow
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? FriendlyName { get; set; }
    public string Xml { get; set; } = "";
}

/// <summary>
/// The key ring in the platform's database, so every instance protects and reads the portal's cookies and antiforgery
/// tokens with the same keys, and a restart signs nobody out. (Microsoft's EntityFrameworkCore store is only served
/// here in a version built on EF Core 10, which this solution cannot take: see ADR 0007.)
/// </summary>
public sealed class DbXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToList().Select(x => XElement.Parse(x)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
