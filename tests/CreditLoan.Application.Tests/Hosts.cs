using CreditLoan.Testing;

namespace CreditLoan.Application.Tests;

public sealed class SqliteHost() : SliceHost(TestDatabase.Sqlite);

public sealed class MariaDbHost() : SliceHost(TestDatabase.MariaDb);
