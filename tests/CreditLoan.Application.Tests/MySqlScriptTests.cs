using System.Diagnostics;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CreditLoan.Application.Tests;

/// <summary>db/mysql/schema.sql is what DBAs apply when Database:MigrateOnStartup=false: it must match the migrations and be idempotent.</summary>
public sealed class MySqlScriptTests
{
    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CreditLoan.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CreditLoan.sln not found above the test directory.");
    }

    private static string ScriptPath => Path.Combine(RepositoryRoot(), "db", "mysql", "schema.sql");

    private static string Normalize(string sql) =>
        string.Join('\n', sql.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd())).Trim();

    [Fact]
    public void The_committed_script_matches_the_migrations()
    {
        using var db = new MySqlDesignTimeFactory().CreateDbContext([]);
        var generated = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.True(Normalize(generated) == Normalize(File.ReadAllText(ScriptPath)),
            "db/mysql/schema.sql is out of date: regenerate it with\n  dotnet ef migrations script --idempotent --context MySqlAppDbContext " +
            "--project src/CreditLoan.Infrastructure -o db/mysql/schema.sql");
    }

    [Fact]
    public async Task The_script_applies_twice_to_MariaDB_and_leaves_no_migration_pending()
    {
        var connectionString = await MariaDbServer.Instance.CreateDatabaseAsync("script");
        var builder = new MySqlConnector.MySqlConnectionStringBuilder(connectionString);
        for (var run = 0; run < 2; run++)
        {
            var psi = new ProcessStartInfo("mariadb", $"--protocol=tcp -h 127.0.0.1 -P {builder.Port} -u root {builder.Database}")
            {
                RedirectStandardInput = true,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            using var client = Process.Start(psi)!;
            await client.StandardInput.WriteAsync(await File.ReadAllTextAsync(ScriptPath));
            client.StandardInput.Close();
            var error = await client.StandardError.ReadToEndAsync();
            await client.WaitForExitAsync();
            Assert.True(client.ExitCode == 0, $"run {run + 1} of schema.sql failed: {error}");
        }

        var options = new DbContextOptionsBuilder<MySqlAppDbContext>()
            .UseMySql(connectionString, ServerVersion.Parse(new DatabaseOptions().MySqlServerVersion)).Options;
        await using var db = new MySqlAppDbContext(options);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Banks.CountAsync());
    }
}
