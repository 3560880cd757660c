#!/usr/bin/env bash
# Rebuilds the Initial migrations of both providers and db/mysql/schema.sql from the model.
# Only while nothing has been deployed: after the first release, add migrations instead
# (dotnet ef migrations add NAME --context SqliteAppDbContext|MySqlAppDbContext ...), see docs/operations.md.
set -euo pipefail
cd "$(dirname "$0")/../src/CreditLoan.Infrastructure"
export PATH="$PATH:$HOME/.dotnet/tools"
rm -rf Persistence/Migrations
dotnet ef migrations add Initial --context SqliteAppDbContext --output-dir Persistence/Migrations/Sqlite
dotnet ef migrations add Initial --context MySqlAppDbContext --output-dir Persistence/Migrations/MySql
dotnet ef migrations script --idempotent --context MySqlAppDbContext -o ../../db/mysql/schema.sql
