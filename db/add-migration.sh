#!/usr/bin/env bash
# Changes the schema the only way it changes from release 1.0.0 on: a new migration for each provider, and
# db/mysql/schema.sql regenerated as an idempotent script that upgrades a database of any earlier release (db/README.md).
# Usage: db/add-migration.sh AddCasesAndRatings
set -euo pipefail
name=${1:?usage: db/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore >/dev/null   # dotnet-ef, pinned in .config/dotnet-tools.json to the EF Core version of the build
dotnet ef migrations add "$name" --project src/CreditLoan.Infrastructure --context SqliteAppDbContext --output-dir Persistence/Migrations/Sqlite
dotnet ef migrations add "$name" --project src/CreditLoan.Infrastructure --context MySqlAppDbContext --output-dir Persistence/Migrations/MySql
dotnet ef migrations script --idempotent --project src/CreditLoan.Infrastructure --context MySqlAppDbContext -o db/mysql/schema.sql
echo "Added $name for SQLite and MySQL and regenerated db/mysql/schema.sql. The upgrade tests (tests/CreditLoan.Web.Tests/UpgradeTests.cs)"
echo "apply it to the 1.0.0 databases; never edit or remove a migration that a release shipped."
