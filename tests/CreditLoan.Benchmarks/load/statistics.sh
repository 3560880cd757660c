#!/usr/bin/env bash
# Statistics at provincial scale on MariaDB (issue 6): seeds 300,000 enterprises, 3,000,000 applications over 2026,
# 1,000,000 loans and 5,000,000 station transactions with SQL (MariaDB's sequence engine), builds the statistics
# projections from those facts with the same definitions as the application (docs/statistics.md), then times the
# overview and every breakdown over the year through HTTP, for the bureau and for one bank. Loopback only.
# Usage: tests/CreditLoan.Benchmarks/load/statistics.sh [applications] [loans] [station-transactions] [repeats]
# COMPARE_WITH=/path/to/another/checkout (built in Release beforehand) ROUNDS=2 then times that build and this one in turn,
# ROUNDS times, on the same seeded database, stopping one instance before starting the other (issue 14: against 1.0.0).
set -euo pipefail
apps=${1:-3000000}
loans=${2:-1000000}
stx=${3:-5000000}
repeats=${4:-5}
root=$(cd "$(dirname "$0")/../../.." && pwd)
source "$(dirname "$0")/mariadb.sh"
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

start_mariadb "$work"
sql -e "CREATE DATABASE bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
export RateLimits__Multiplier=1000 Bootstrap__AdminPassword='bench-Chief-2026' Database__DataDirectory="$work/data" Logging__LogLevel__Default=Warning Outbox__Enabled=false Jobs__Enabled=false \
       Database__Provider=MySql ConnectionStrings__Default="Server=127.0.0.1;Port=$dbport;User ID=root;Password=;Database=bench;SslMode=None"
dotnet build -c Release "$root/src/CreditLoan.Web" >/dev/null
base="http://127.0.0.1:$port"
start_app() {
  (cd "$work" && exec dotnet "$1/src/CreditLoan.Web/bin/Release/net10.0/CreditLoan.Web.dll" --urls "http://127.0.0.1:$port" >>"$work/app.log" 2>&1) & app=$!
  pids+=($app)
  until curl -sf "$base/health/ready" >/dev/null; do sleep 0.3; done
  # the division table is read in the background once the first answer (the readiness probe's) is out (DivisionPreload):
  # let that finish before timing
  sleep 10
}
start_app "$root"
echo "machine=$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); applications=$apps loans=$loans station_transactions=$stx"

# every third application is disbursed: the loans argument only checks the arithmetic
[ $((apps / 3)) -eq "$loans" ] || { echo "loans must be applications / 3" >&2; exit 1; }
start=$(date +%s)
sql bench <<SQL
SET SESSION innodb_lock_wait_timeout = 600;
INSERT INTO banks (Id, Name, CreditCode, Status, CreatedAt, MakerCheckerThreshold, WithdrawalLimitPerDay, WithdrawalLimitPerTransaction)
  SELECT UUID(), CONCAT('银行', seq), CONCAT('9113068200000000', LPAD(seq, 2, '0')), 'Active', '2025-01-01', NULL, 2000, 2000 FROM seq_1_to_20;
CREATE TABLE sb (n INT PRIMARY KEY, Id CHAR(36)) SELECT ROW_NUMBER() OVER (ORDER BY Id) - 1 AS n, Id FROM banks;
CREATE TABLE sp (n INT PRIMARY KEY, Id CHAR(36), BankId CHAR(36))
  SELECT b.n * 10 + s.seq - 1 AS n, UUID() AS Id, b.Id AS BankId FROM sb b JOIN seq_1_to_10 s;
INSERT INTO products (Id, BankId, Name, Category, MinAmount, MaxAmount, MinTermMonths, MaxTermMonths, MinAnnualRate, MaxAnnualRate, RepaymentMethods,
    Industries, Divisions, MinGrade, MinYearsInBusiness, EnterpriseTypes, CollateralRequired, RequiredMaterials, Description, Status, CreatedAt, UpdatedAt,
    PublishedAt, RetiredAt, Version)
  SELECT Id, BankId, CONCAT('产品', n), 'Credit', 10000, 500000, 6, 36, 3.85, 6.5, '["EqualInstallment"]', '[]', '[]', 'C', 1, '[]', 0, '[]', NULL,
    'Published', '2025-06-01', '2025-06-01', '2025-06-01', NULL, UUID() FROM sp;
CREATE TABLE se (n INT PRIMARY KEY, Id CHAR(36)) SELECT seq - 1 AS n, UUID() AS Id FROM seq_1_to_300000;
INSERT INTO enterprises (Id, CreditCode, Name, Type, LegalRepresentative, EstablishedOn, RegisteredCapital, Industry, DivisionCode, Phone, RegisteredAt)
  SELECT Id, CONCAT('92130682', LPAD(n, 10, '0')), CONCAT('企业', n), 'Company', NULL, '2015-01-01', 100000,
    ELT(1 + n % 8, 'A01', 'A03', 'C13', 'C34', 'F51', 'H62', 'E47', 'O80'), CONCAT('130682', 101 + n % 25, LPAD(1 + (n DIV 25) % 20, 3, '0')),
    '13800000000', '2025-06-01' FROM se;
-- one row per application: who, which product, when (UTC), and its fate by seq % 30
CREATE TABLE sa (seq INT PRIMARY KEY, e INT, p INT, sub DATETIME(6), fate INT)
  SELECT seq, (seq * 7919) % 300000 AS e, seq % 200 AS p,
         TIMESTAMP('2026-01-01') + INTERVAL ((seq * 31) % 365) DAY + INTERVAL (seq % 24) HOUR - INTERVAL 8 HOUR AS sub, seq % 30 AS fate
  FROM seq_1_to_${apps};
INSERT INTO applications (Id, EnterpriseId, BankId, ProductId, NeedId, RequestedAmount, RequestedTermMonths, SubmittedByStationId, Status, SubmittedAt,
    AcceptDueAt, AcceptedAt, DecideDueAt, DecidedAt, ApprovedAmount, ApprovedAnnualRate, ApprovedTermMonths, ApprovedRepaymentMethod, ProposedBy,
    RejectReason, DisbursedAmount, DisbursedOn, LoanId, AcceptOverdueNotifiedAt, DecideOverdueNotifiedAt, Version, OverdueCounted, Township, IndustrySection)
  SELECT UUID(), e.Id, p.BankId, p.Id, NULL, 10000 + (a.seq % 490) * 1000, 12, NULL,
    CASE WHEN a.fate < 10 THEN 'Disbursed' WHEN a.fate < 13 THEN 'Rejected' WHEN a.fate < 16 THEN 'Approved' WHEN a.fate < 21 THEN 'Accepted'
         WHEN a.fate < 27 THEN 'Submitted' ELSE 'Withdrawn' END,
    a.sub, a.sub + INTERVAL 3 DAY,
    IF(a.fate < 21, a.sub + INTERVAL (a.seq % 80) HOUR, NULL),
    IF(a.fate < 21, a.sub + INTERVAL (a.seq % 80) HOUR + INTERVAL 7 DAY, NULL),
    IF(a.fate < 16, a.sub + INTERVAL (a.seq % 80) HOUR + INTERVAL (a.seq % 100) HOUR, NULL),
    IF(a.fate < 16 AND a.fate NOT BETWEEN 10 AND 12, 10000 + (a.seq % 490) * 1000, NULL), IF(a.fate < 16 AND a.fate NOT BETWEEN 10 AND 12, 4.35, NULL),
    IF(a.fate < 16 AND a.fate NOT BETWEEN 10 AND 12, 12, NULL), IF(a.fate < 16 AND a.fate NOT BETWEEN 10 AND 12, 'EqualInstallment', NULL), NULL,
    IF(a.fate BETWEEN 10 AND 12, '不符合条件', NULL),
    IF(a.fate < 10, 10000 + (a.seq % 490) * 1000, NULL),
    IF(a.fate < 10, DATE(a.sub + INTERVAL (a.seq % 80) HOUR + INTERVAL (a.seq % 100) HOUR + INTERVAL 8 HOUR) + INTERVAL 1 DAY, NULL),
    NULL, NULL, NULL, UUID(), 0, CONCAT('130682', 101 + a.e % 25), LEFT(ELT(1 + a.e % 8, 'A01', 'A03', 'C13', 'C34', 'F51', 'H62', 'E47', 'O80'), 1)
  FROM sa a JOIN se e ON e.n = a.e JOIN sp p ON p.n = a.p;
INSERT INTO loans (Id, ApplicationId, EnterpriseId, BankId, Principal, AnnualRate, TermMonths, RepaymentMethod, DisbursedOn, CreatedAt, PaidTotal, SettledAt, Version,
    Township, IndustrySection)
  SELECT UUID(), Id, EnterpriseId, BankId, DisbursedAmount, 4.35, 12, 'EqualInstallment', DisbursedOn, DecidedAt + INTERVAL 1 DAY, 0, NULL, UUID(),
    Township, IndustrySection
  FROM applications WHERE Status = 'Disbursed';
CREATE TABLE ss (n INT PRIMARY KEY, Id CHAR(36), BankId CHAR(36))
  SELECT s.seq - 1 AS n, UUID() AS Id, b.Id AS BankId FROM seq_1_to_500 s JOIN sb b ON b.n = (s.seq - 1) % 20;
INSERT INTO stations (Id, Name, VillageCode, PartnerBankId, CashFloatLimit, CreatedAt)
  SELECT Id, CONCAT('服务站', n), CONCAT('130682', 101 + n % 25, LPAD(1 + n DIV 25, 3, '0')), BankId, 50000, '2025-06-01' FROM ss;
INSERT INTO station_transactions (Id, StationId, Type, AccountId, MaskedAccountNo, ToAccountId, Amount, BillNo, Payee, BusinessDate, PostedAt, PostingId,
    BalanceAfter, StationCashAfter, Agent, ReceiptNo, ReversedById, ReversalOfId, Version)
  SELECT UUID(), s.Id, ELT(1 + q.seq % 7, 'CashDeposit', 'CashWithdrawal', 'Transfer', 'PensionWithdrawal', 'UtilityPayment', 'Replenish', 'Return'),
    NULL, NULL, NULL, 10 * (1 + q.seq % 200), NULL, NULL, DATE('2026-01-01') + INTERVAL ((q.seq * 13) % 365) DAY,
    TIMESTAMP('2026-01-01') + INTERVAL ((q.seq * 13) % 365) DAY + INTERVAL 2 HOUR, UUID(), NULL, 0, 'bench', CONCAT('B', q.seq), NULL, NULL, UUID()
  FROM seq_1_to_${stx} q JOIN ss s ON s.n = q.seq % 500;
-- the projections, from the facts, with the definitions of StatsEvents (every counter on the China day of its event)
INSERT INTO stats_applications_daily (Dimension, Day, BankId, GroupKey, Applications, Approvals, Rejections, Accepts, AcceptSeconds, Decisions,
    DecideSeconds, Loans, AmountFen, DaysToDisburse, Overdue)
  SELECT d.Dimension, ev.Day, ev.BankId, CASE d.Dimension WHEN 'B' THEN '' WHEN 'T' THEN ev.Township ELSE ev.IndustrySection END AS GroupKey,
    SUM(ev.A), SUM(ev.Ap), SUM(ev.Rj), SUM(ev.Ac), SUM(ev.AcS), SUM(ev.De), SUM(ev.DeS), SUM(ev.L), SUM(ev.F), SUM(ev.DD), SUM(ev.O)
  FROM (
    SELECT Township, IndustrySection, BankId, DATE(SubmittedAt + INTERVAL 8 HOUR) AS Day, 1 AS A, 0 AS Ap, 0 AS Rj, 0 AS Ac, 0 AS AcS, 0 AS De, 0 AS DeS, 0 AS L,
           0 AS F, 0 AS DD,
           IF(IFNULL(AcceptedAt > AcceptDueAt, 0) OR IFNULL(DecidedAt > IF(AcceptedAt IS NULL, AcceptDueAt, IFNULL(DecideDueAt, AcceptDueAt)), 0)
              OR AcceptOverdueNotifiedAt IS NOT NULL OR DecideOverdueNotifiedAt IS NOT NULL, 1, 0) AS O
    FROM applications
    UNION ALL SELECT Township, IndustrySection, BankId, DATE(AcceptedAt + INTERVAL 8 HOUR), 0, 0, 0, 1, TIMESTAMPDIFF(SECOND, SubmittedAt, AcceptedAt), 0, 0, 0, 0, 0, 0
    FROM applications WHERE AcceptedAt IS NOT NULL
    UNION ALL SELECT Township, IndustrySection, BankId, DATE(DecidedAt + INTERVAL 8 HOUR), 0, Status <> 'Rejected', Status = 'Rejected', 0, 0, 1,
           TIMESTAMPDIFF(SECOND, IFNULL(AcceptedAt, SubmittedAt), DecidedAt), 0, 0, 0, 0
    FROM applications WHERE DecidedAt IS NOT NULL
    UNION ALL SELECT Township, IndustrySection, BankId, DisbursedOn, 0, 0, 0, 0, 0, 0, 0, 1, ROUND(DisbursedAmount * 100), DATEDIFF(DisbursedOn, DATE(SubmittedAt + INTERVAL 8 HOUR)), 0
    FROM applications WHERE DisbursedOn IS NOT NULL
  ) ev CROSS JOIN (SELECT 'B' AS Dimension UNION ALL SELECT 'T' UNION ALL SELECT 'I') d
  GROUP BY d.Dimension, ev.Day, ev.BankId, GroupKey;
INSERT INTO stats_served_days (Scope, EnterpriseId, Day)
  SELECT DISTINCT '', EnterpriseId, DisbursedOn FROM loans
  UNION SELECT DISTINCT REPLACE(BankId, '-', ''), EnterpriseId, DisbursedOn FROM loans;
INSERT INTO stats_served_pairs (Scope, Day, PrevDay, N)
  SELECT Scope, Day, PrevDay, COUNT(*) FROM (
    SELECT Scope, Day, IFNULL(LAG(Day) OVER (PARTITION BY Scope, EnterpriseId ORDER BY Day), '0001-01-01') AS PrevDay FROM stats_served_days) x
  GROUP BY Scope, Day, PrevDay;
UPDATE applications SET OverdueCounted = 1 WHERE AcceptedAt > AcceptDueAt OR DecidedAt > IFNULL(DecideDueAt, AcceptDueAt);
INSERT INTO stats_station_daily (Day, StationId, Type, Count, AmountFen)
  SELECT BusinessDate, StationId, Type, COUNT(*), SUM(ROUND(Amount * 100)) FROM station_transactions GROUP BY BusinessDate, StationId, Type;
DROP TABLE sa, sb, sp, se, ss;
ANALYZE TABLE applications, loans, enterprises, needs, products, station_transactions, stats_applications_daily, stats_station_daily, stats_served_pairs;
SQL
echo "seeded in $(( $(date +%s) - start )) s: $(sql -N bench -e "SELECT CONCAT((SELECT COUNT(*) FROM applications), ' applications, ',
  (SELECT COUNT(*) FROM loans), ' loans, ', (SELECT COUNT(*) FROM station_transactions), ' station transactions, ',
  (SELECT COUNT(*) FROM stats_applications_daily), ' + ', (SELECT COUNT(*) FROM stats_station_daily), ' projection rows')")"

token() { curl -sf "$base/api/auth/token" -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"$2\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'; }
bureau=$(token admin 'bench-Chief-2026')
bankId=$(sql -N bench -e "SELECT Id FROM banks ORDER BY Id LIMIT 1")
curl -sf "$base/api/banks/$bankId/users" -H "Authorization: Bearer $bureau" -H 'Content-Type: application/json' \
  -d '{"userName":"bench-officer","password":"Dingzhou-Loans-2026","displayName":"信贷员"}' >/dev/null
officer=$(token bench-officer 'Dingzhou-Loans-2026')

# each endpoint: one warm-up, then the median and the slowest of $repeats timed requests over the whole year
measure() {
  local who=$1 auth=$2 path=$3 times
  curl -sf -o /dev/null -H "Authorization: Bearer $auth" "$base$path"
  times=$(for _ in $(seq "$repeats"); do curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $auth" "$base$path"; done | sort -n)
  printf '%-8s %-62s median %6.0f ms  max %6.0f ms\n' "$who" "$path" "$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] * 1000}')" \
    "$(echo "$times" | tail -1 | awk '{print $1 * 1000}')"
}
range="from=2026-01-01&to=2026-12-31"
measure_all() {
  for path in overview by-bank by-township by-industry by-month "stations?by=type&" "stations?by=station&" "stations?by=township&" "stations?by=day&"; do
    case $path in *\?*) p="/api/stats/${path}${range}" ;; *) p="/api/stats/${path}?${range}" ;; esac
    measure bureau "$bureau" "$p"
  done
  for path in overview by-bank by-township by-month; do measure bank "$officer" "/api/stats/${path}?${range}"; done
  measure bureau "$bureau" "/api/stats/by-township?${range}&format=xlsx"
}
echo "== $(git -C "$root" rev-parse --short HEAD) ($root)"
measure_all
curl -sf -H "Authorization: Bearer $bureau" "$base/api/stats/overview?$range"; echo
# where the time goes: the distinct counts of enterprises served, straight on the server
for q in "SELECT COUNT(DISTINCT EnterpriseId) FROM loans WHERE DisbursedOn BETWEEN '2026-01-01' AND '2026-12-31'" \
         "SELECT Township, COUNT(DISTINCT EnterpriseId) FROM loans WHERE DisbursedOn BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY Township" \
         "SELECT COUNT(*) FROM enterprises WHERE RegisteredAt < '2027-01-01'" \
         "SELECT SUM(N) FROM stats_served_pairs WHERE Scope = '' AND Day BETWEEN '2026-01-01' AND '2026-12-31' AND PrevDay < '2026-01-01'" \
         "SELECT SUM(Applications), SUM(Loans) FROM stats_applications_daily WHERE Dimension = 'B' AND Day BETWEEN '2026-01-01' AND '2026-12-31'"; do
  t0=$(date +%s%N); sql -N bench -e "$q" >/dev/null; echo "sql $(( ($(date +%s%N) - t0) / 1000000 )) ms: $q"
done
for _ in $(seq "${ROUNDS:-0}"); do
  for build in "${COMPARE_WITH:?COMPARE_WITH names the other checkout}" "$root"; do
    kill "$app"; wait "$app" 2>/dev/null || true
    start_app "$build"
    bureau=$(token admin 'bench-Chief-2026'); officer=$(token bench-officer 'Dingzhou-Loans-2026')
    echo "== $(git -C "$build" rev-parse --short HEAD) ($build)"
    measure_all
  done
done
