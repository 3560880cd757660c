using System.Security.Cryptography;
using CreditLoan.Application.Common.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>Start-up work: migrations (unless switched off), SQLite WAL mode, and the bureau's first account.</summary>
public sealed class DatabaseInitializer(AppDbContext db, DatabaseOptions options, UserManager<AppUser> users,
    IConfiguration configuration, TimeProvider clock, OperatorConsole console, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers run beside the one writer; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(ct);
        }
        else
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
                throw new InvalidOperationException(
                    $"Database:MigrateOnStartup is false and {pending.Count} migration(s) are not applied ({string.Join(", ", pending)}); " +
                    (db.Database.IsSqlite() ? "start once with Database:MigrateOnStartup=true." : "apply db/mysql/schema.sql first (db/README.md)."));
        }
        await EnsureAdministratorAsync();
    }

    /// <summary>
    /// The bureau's first account (api.md "Configuration"): Bootstrap:AdminUserName / Bootstrap:AdminPassword; without
    /// a configured password a random one is generated and printed once. Never a fixed default.
    /// </summary>
    private async Task EnsureAdministratorAsync()
    {
        var userName = configuration["Bootstrap:AdminUserName"] is { Length: > 0 } n ? n : "admin";
        if (await users.FindByNameAsync(userName) is not null) return;
        var configured = configuration["Bootstrap:AdminPassword"];
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
        await UserAccounts.CreateAsync(users, userName, password, "Bureau administrator", Roles.Bureau, clock.GetUtcNow());
        if (string.IsNullOrEmpty(configured))
        {
            var banner = $"""

                ==================================================================
                 CreditLoan bureau administrator created
                   user name: {userName}
                   password:  {password}
                 This password is shown once. Sign in and keep it safe.
                ==================================================================

                """;
            console.WriteLine(banner);
            logger.LogWarning("Created bureau administrator {UserName} with a generated password (printed once to the console)", userName);
        }
        else
        {
            logger.LogInformation("Created bureau administrator {UserName} with the configured password", userName);
        }
    }

    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = RandomNumberGenerator.GetItems<char>(alphabet, 18);
        chars[RandomNumberGenerator.GetInt32(chars.Length)] = (char)('2' + RandomNumberGenerator.GetInt32(8));
        return new string(chars);
    }
}

/// <summary>Where start-up speaks to the operator (standard output); tests read it instead.</summary>
public class OperatorConsole
{
    public virtual void WriteLine(string text) => Console.WriteLine(text);
}
