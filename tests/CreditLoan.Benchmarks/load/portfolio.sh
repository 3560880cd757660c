#!/usr/bin/env bash
# The loan portfolio at province scale on MariaDB (issue 20): seeds N loans (default 1,000,000) with their schedules and
# repayments with SQL (MariaDB's sequence engine) — four repayment methods, most paid on time, some paid days late, a few
# that stopped paying — and the portfolio projections exactly as the application would have written them (docs/portfolio.md:
# the daily changes of every loan, the month ends closed by the job), then times through HTTP the portfolio as of several
# days by every grouping for the bureau and for one bank, the monthly return (JSON, XLSX) and imports of 100,000
# repayments from the largest bank. Up to 100,000 loans it also asks GET /api/stats/verify whether the seeded projections
# equal what it recomputes from the loans; at every size it compares today's totals with SQL over the loans. Loopback only.
# Usage: tests/CreditLoan.Benchmarks/load/portfolio.sh [loans] [repeats] [imports] [import-rows]
set -euo pipefail
loans=${1:-1000000}
repeats=${2:-5}
imports=${3:-3}
import_rows=${4:-100000}
enterprises=$(( loans * 3 / 10 > 0 ? loans * 3 / 10 : 1 ))
root=$(cd "$(dirname "$0")/../../.." && pwd)
source "$(dirname "$0")/mariadb.sh"
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; [ -n "${KEEP_LOG:-}" ] && cp "$work/app.log" "$KEEP_LOG"; rm -rf "$work"; }
trap cleanup EXIT

start_mariadb "$work"
# room for the seed (the measured settings are mariadb.sh's: every commit flushed)
# BENCH_POOL=BYTES: the buffer pool (4 GB; at 8 GB the whole database of a million loans fits, which steadies the imports)
sql -e "SET GLOBAL innodb_buffer_pool_size = ${BENCH_POOL:-4294967296}" || true
sql -e "SET GLOBAL innodb_log_file_size = 1073741824" 2>/dev/null || true
sql -e "CREATE DATABASE bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
export RateLimits__Multiplier=1000 Bootstrap__AdminPassword='bench-Chief-2026' Database__DataDirectory="$work/data" Logging__LogLevel__Default=Warning Outbox__Enabled=false Jobs__Enabled=false \
       Database__Provider=MySql ConnectionStrings__Default="Server=127.0.0.1;Port=$dbport;User ID=root;Password=;Database=bench;SslMode=None;Default Command Timeout=600"
# on a shared machine BENCH_LOCK=FILE serialises the build and the timed part with other builds (flock)
locked() { if [ -n "${BENCH_LOCK:-}" ]; then flock "$BENCH_LOCK" "$@"; else "$@"; fi; }
# BENCH_PUBLISH=r2r: the application published with ReadyToRun, as operations.md gives the faster way to publish (native
# code for this platform: the first import after a start compiles less); otherwise the Release build
app_dll="$root/src/CreditLoan.Web/bin/Release/net10.0/CreditLoan.Web.dll"
if [ "${BENCH_PUBLISH:-}" = r2r ]; then
  locked dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/publish" "$root/src/CreditLoan.Web" \
    >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
  app_dll="$work/publish/CreditLoan.Web.dll"
else
  locked dotnet build -c Release "$root/src/CreditLoan.Web" >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
fi
# the import's own summary line (how many loans it read with their instalments) in the log kept with KEEP_LOG
(cd "$work" && exec env "Logging__LogLevel__CreditLoan.Application.Features.Loans.ImportRepaymentsHandler=Information" \
  dotnet "$app_dll" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) & pids+=($!)
base="http://127.0.0.1:$port"
until curl -sf "$base/health/ready" >/dev/null; do sleep 0.3; done
today=$(TZ=Asia/Shanghai date +%F)
echo "machine=$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB; $(mariadbd --version | cut -d' ' -f2-4)"
echo "loans=$loans enterprises=$enterprises today=$today (China)"

start=$(date +%s)
cols="Loans, OutstandingFen, OverdueFen, Dpd1Fen, Dpd31Fen, Dpd61Fen, NplFen, CreditFen, RateFen, NewLoans, NewFen, FirstTime"
ev=(lo ou ov d1 d31 d61 np cr ra nl nf ft)
names=(Loans OutstandingFen OverdueFen Dpd1Fen Dpd31Fen Dpd61Fen NplFen CreditFen RateFen NewLoans NewFen FirstTime)
sums=$(for c in "${ev[@]}"; do printf 'SUM(%s) AS %s, ' "$c" "$c"; done); sums=${sums%, }
named=$(for c in "${ev[@]}"; do printf 'x.%s, ' "$c"; done); named=${named%, }
monthly=$(for c in "${names[@]}"; do printf 'SUM(%s) AS %s, ' "$c" "$c"; done); monthly=${monthly%, }
running=$(for c in "${names[@]:0:9}"; do printf 'SUM(IFNULL(x.%s, 0)) OVER (PARTITION BY g.Dimension, g.BankId, g.GroupKey ORDER BY m.me), ' "$c"; done); running=${running%, }
sql bench <<SQL
SET SESSION foreign_key_checks = 0, unique_checks = 0, tmp_table_size = 2147483648, max_heap_table_size = 2147483648, innodb_lock_wait_timeout = 3600;
SET @t0 = DATE('$today');
-- 20 banks, the county's rural commercial bank the largest (30 % of the loans), then 15 % and 10 %, the rest evenly
CREATE TABLE sb (n INT PRIMARY KEY, Id CHAR(36)) ENGINE=MyISAM SELECT seq - 1 AS n, UUID() AS Id FROM seq_1_to_20;
INSERT INTO banks (Id, Name, CreditCode, Status, CreatedAt, MakerCheckerThreshold, WithdrawalLimitPerDay, WithdrawalLimitPerTransaction)
  SELECT Id, IFNULL(ELT(n + 1, '农村商业银行', '邮政储蓄银行', '农业银行', '工商银行', '建设银行', '中国银行', '村镇银行'), CONCAT('银行', n)),
    CONCAT('9113068200000000', LPAD(n, 2, '0')), 'Active', '2024-01-01', NULL, 2000, 2000 FROM sb;
-- one product per bank and category (信用 50 %, 保证 25 %, 抵押 18 %, 质押 7 % of the loans)
CREATE TABLE sp (n INT PRIMARY KEY, Id CHAR(36), BankId CHAR(36), Category VARCHAR(12)) ENGINE=MyISAM
  SELECT b.n * 4 + c.seq AS n, UUID() AS Id, b.Id AS BankId, ELT(c.seq + 1, 'Credit', 'Guarantee', 'Mortgage', 'Pledge') AS Category
  FROM sb b JOIN seq_0_to_3 c;
INSERT INTO products (Id, BankId, Name, Category, MinAmount, MaxAmount, MinTermMonths, MaxTermMonths, MinAnnualRate, MaxAnnualRate, RepaymentMethods,
    Industries, Divisions, MinGrade, MinYearsInBusiness, EnterpriseTypes, CollateralRequired, RequiredMaterials, Description, Status, CreatedAt, UpdatedAt,
    PublishedAt, RetiredAt, Version)
  SELECT Id, BankId, CONCAT(ELT(n % 4 + 1, '信用贷', '保证贷', '抵押贷', '质押贷'), n DIV 4), Category, 10000, 500000, 6, 12, 3.3, 5.4,
    '["EqualInstallment","EqualPrincipal","InterestOnly","BulletPayment"]', '[]', '[]', 'C', 1, '[]', Category IN ('Mortgage', 'Pledge'), '[]', NULL,
    'Published', '2024-01-01', '2024-01-01', '2024-01-01', NULL, UUID() FROM sp;
CREATE TABLE se (n INT PRIMARY KEY, Id CHAR(36)) ENGINE=MyISAM SELECT seq - 1 AS n, UUID() AS Id FROM seq_1_to_${enterprises};
INSERT INTO enterprises (Id, CreditCode, Name, Type, LegalRepresentative, EstablishedOn, RegisteredCapital, Industry, DivisionCode, Phone, RegisteredAt)
  SELECT Id, CONCAT('92130682', LPAD(n, 10, '0')), CONCAT('企业', n), 'Company', NULL, '2015-01-01', 100000,
    ELT(1 + n % 8, 'A01', 'A03', 'C13', 'C34', 'F51', 'H62', 'E47', 'O80'), CONCAT('130682', 101 + n % 25, LPAD(1 + (n DIV 25) % 20, 3, '0')),
    '13800000000', '2024-01-01' FROM se;

-- the schedules of every (method, principal, rate) as RepaymentSchedule.Generate makes them (docs/repayment.md): principals
-- 10,000 to 500,000 yuan in steps of 1,000, six annual rates whose monthly rate is exact in decimals
CREATE TABLE sr (r INT PRIMARY KEY, rate DECIMAL(9,4), i DECIMAL(12,8)) ENGINE=MyISAM;
INSERT INTO sr VALUES (0, 3.3, 0.00275), (1, 3.6, 0.003), (2, 4.2, 0.0035), (3, 4.35, 0.003625), (4, 4.8, 0.004), (5, 5.4, 0.0045);
CREATE TABLE sg (r INT PRIMARY KEY, i DECIMAL(12,8), g DECIMAL(65,30)) ENGINE=MyISAM
  WITH RECURSIVE p (r, i, k, g) AS (SELECT r, i, 1, CAST(1 + i AS DECIMAL(65,30)) FROM sr
    UNION ALL SELECT r, i, k + 1, CAST(g * (1 + i) AS DECIMAL(65,30)) FROM p WHERE k < 12)
  SELECT r, i, g FROM p WHERE k = 12;
CREATE TABLE tpl (mt INT, pi INT, r INT, k INT, mo INT, prin DECIMAL(18,2), intr DECIMAL(18,2), pay DECIMAL(18,2), rem DECIMAL(18,2),
  remb DECIMAL(18,2), PRIMARY KEY (mt, pi, r, k)) ENGINE=MyISAM;
-- 0: 等额本息 12 months
INSERT INTO tpl
  WITH RECURSIVE lv AS (SELECT a.seq AS pi, CAST(10000 + a.seq * 1000 AS DECIMAL(18,2)) AS P, g.r, g.i,
      CAST(ROUND((10000 + a.seq * 1000) * g.i * g.g / (g.g - 1), 2) AS DECIMAL(18,2)) AS lvl FROM seq_0_to_490 a JOIN sg g),
    s (pi, r, i, lvl, k, remb, intr, prin) AS (
      SELECT pi, r, i, lvl, 1, P, CAST(ROUND(P * i, 2) AS DECIMAL(18,2)), CAST(LEAST(P, lvl - ROUND(P * i, 2)) AS DECIMAL(18,2)) FROM lv
      UNION ALL SELECT pi, r, i, lvl, k + 1, remb - prin, ROUND((remb - prin) * i, 2),
        IF(k + 1 = 12, remb - prin, LEAST(remb - prin, lvl - ROUND((remb - prin) * i, 2))) FROM s WHERE k < 12)
  SELECT 0, pi, r, k, k, prin, intr, prin + intr, remb - prin, remb FROM s;
-- 1: 先息后本 12 months
INSERT INTO tpl SELECT 1, a.seq, s.r, k.seq, k.seq, IF(k.seq = 12, 10000 + a.seq * 1000, 0), ROUND((10000 + a.seq * 1000) * s.i, 2),
    IF(k.seq = 12, 10000 + a.seq * 1000, 0) + ROUND((10000 + a.seq * 1000) * s.i, 2), IF(k.seq = 12, 0, 10000 + a.seq * 1000), 10000 + a.seq * 1000
  FROM seq_0_to_490 a JOIN sr s JOIN seq_1_to_12 k;
-- 2: 等额本金 6 months
INSERT INTO tpl SELECT 2, pi, r, k, k, prin, intr, prin + intr, remb - prin, remb FROM (
  SELECT a.seq AS pi, s.r, k.seq AS k, x.P - (k.seq - 1) * x.share AS remb, ROUND((x.P - (k.seq - 1) * x.share) * s.i, 2) AS intr,
         IF(k.seq = 6, x.P - 5 * x.share, LEAST(x.P - (k.seq - 1) * x.share, x.share)) AS prin
  FROM seq_0_to_490 a JOIN (SELECT seq, CAST(10000 + seq * 1000 AS DECIMAL(18,2)) AS P, ROUND((10000 + seq * 1000) / 6, 2) AS share FROM seq_0_to_490) x
    ON x.seq = a.seq JOIN sr s JOIN seq_1_to_6 k) t;
-- 3: 到期一次还本付息 12 months
INSERT INTO tpl SELECT 3, a.seq, s.r, 1, 12, 10000 + a.seq * 1000, ROUND((10000 + a.seq * 1000) * s.i * 12, 2),
    10000 + a.seq * 1000 + ROUND((10000 + a.seq * 1000) * s.i * 12, 2), 0, 10000 + a.seq * 1000 FROM seq_0_to_490 a JOIN sr s;

-- the loans: disbursed over the 730 days before today; bank, category, principal (more small ones), rate and method by hash;
-- enterprises borrow 3.3 times on average, from among those that have joined by then (a steady stream of new ones: the first
-- loan of each is its first-time loan); 88 % pay on the due date or up to
-- 3 days before, 10 % pay every instalment 2 to 25 days late, 2 % stop paying after a random instalment
CREATE TABLE sl (n INT PRIMARY KEY, e INT, b INT, c INT, t INT, sec CHAR(1), pi INT, r INT, ri BIGINT, mt INT, nt INT, D DATE, o INT, s INT NULL,
  ft INT NOT NULL DEFAULT 0) ENGINE=MyISAM;
INSERT INTO sl (n, e, b, c, t, sec, pi, r, ri, mt, nt, D, o, s)
  SELECT n, e, b, c, e % 25, LEFT(ELT(1 + e % 8, 'A01', 'A03', 'C13', 'C34', 'F51', 'H62', 'E47', 'O80'), 1), pi, r, ROUND(ELT(r + 1, 3.3, 3.6, 4.2, 4.35, 4.8, 5.4) * 10000),
    mt, ELT(mt + 1, 12, 12, 6, 1), @t0 - INTERVAL (1 + hd % 730) DAY,
    IF(w >= 20 AND w < 120, 2 + ho % 24, ELT(1 + ho % 10, 0, 0, 0, 0, 0, 0, 0, -1, -2, -3)),
    IF(w < 20, hs % ELT(mt + 1, 12, 12, 6, 1), NULL)
  FROM (SELECT seq AS n, CRC32(CONCAT('e', seq)) % GREATEST(1, FLOOR(${enterprises} * (730 - CRC32(CONCAT('d', seq)) % 730) / 730)) AS e,
          CASE WHEN CRC32(CONCAT('b', seq)) % 100 < 30 THEN 0 WHEN CRC32(CONCAT('b', seq)) % 100 < 45 THEN 1 WHEN CRC32(CONCAT('b', seq)) % 100 < 55 THEN 2
               ELSE 3 + CRC32(CONCAT('B', seq)) % 17 END AS b,
          CASE WHEN CRC32(CONCAT('c', seq)) % 100 < 50 THEN 0 WHEN CRC32(CONCAT('c', seq)) % 100 < 75 THEN 1 WHEN CRC32(CONCAT('c', seq)) % 100 < 93 THEN 2
               ELSE 3 END AS c,
          FLOOR(491 * POW(CRC32(CONCAT('p', seq)) / 4294967296, 2)) AS pi, CRC32(CONCAT('r', seq)) % 6 AS r,
          CASE WHEN CRC32(CONCAT('m', seq)) % 100 < 30 THEN 0 WHEN CRC32(CONCAT('m', seq)) % 100 < 45 THEN 1 WHEN CRC32(CONCAT('m', seq)) % 100 < 65 THEN 2
               ELSE 3 END AS mt,
          CRC32(CONCAT('d', seq)) AS hd, CRC32(CONCAT('w', seq)) % 1000 AS w, CRC32(CONCAT('o', seq)) AS ho, CRC32(CONCAT('s', seq)) AS hs
        FROM seq_1_to_${loans}) x;
UPDATE sl JOIN (SELECT n FROM (SELECT n, ROW_NUMBER() OVER (PARTITION BY e ORDER BY D, n) AS rn FROM sl) x WHERE rn = 1) f USING (n) SET sl.ft = 1;
-- every instalment: due the disbursal day of a later month (the month's last day when shorter), paid on due + o when that
-- is not after today and the loan has not stopped
CREATE TABLE si (n INT, k INT, due DATE, pday DATE, paid INT, prin DECIMAL(18,2), intr DECIMAL(18,2), pay DECIMAL(18,2), rem DECIMAL(18,2),
  remb DECIMAL(18,2)) ENGINE=MyISAM;
INSERT INTO si SELECT l.n, t.k, l.D + INTERVAL t.mo MONTH, l.D + INTERVAL t.mo MONTH + INTERVAL l.o DAY,
    l.D + INTERVAL t.mo MONTH + INTERVAL l.o DAY <= @t0 AND t.k <= IFNULL(l.s, 99), t.prin, t.intr, t.pay, t.rem, t.remb
  FROM sl l JOIN tpl t ON t.mt = l.mt AND t.pi = l.pi AND t.r = l.r;
-- per loan: instalments paid (a prefix), what was paid, the oldest unpaid due date, the last payment, and the schedule's
-- fingerprint as the application stores it (RepaymentSchedule.Digest: the rows as MariaDB prints them, hashed)
CREATE TABLE sa (n INT PRIMARY KEY, m INT, paid DECIMAL(18,2), prin DECIMAL(18,2), next DATE, last DATE, dg CHAR(16)) ENGINE=MyISAM
  SELECT n, SUM(paid) AS m, SUM(IF(paid, pay, 0)) AS paid, SUM(IF(paid, prin, 0)) AS prin, MIN(IF(paid, NULL, due)) AS next, MAX(IF(paid, pday, NULL)) AS last,
    LEFT(SHA2(GROUP_CONCAT(CONCAT_WS(',', k, due, prin, intr, pay, rem, 0) ORDER BY k SEPARATOR ';'), 256), 16) AS dg
  FROM si GROUP BY n;

INSERT INTO applications (Id, EnterpriseId, BankId, ProductId, NeedId, RequestedAmount, RequestedTermMonths, SubmittedByStationId, Status, SubmittedAt,
    AcceptDueAt, AcceptedAt, DecideDueAt, DecidedAt, ApprovedAmount, ApprovedAnnualRate, ApprovedTermMonths, ApprovedRepaymentMethod, ProposedBy,
    RejectReason, DisbursedAmount, DisbursedOn, LoanId, AcceptOverdueNotifiedAt, DecideOverdueNotifiedAt, Version, OverdueCounted, Township, IndustrySection)
  SELECT LOWER(CONCAT(LPAD(HEX(l.n), 8, '0'), '-0000-7000-8000-000000000002')), e.Id, b.Id, p.Id, NULL, 10000 + l.pi * 1000, ELT(l.mt + 1, 12, 12, 6, 12), NULL,
    'Disbursed', TIMESTAMP(l.D - INTERVAL 10 DAY) + INTERVAL 1 HOUR, TIMESTAMP(l.D - INTERVAL 7 DAY) + INTERVAL 1 HOUR,
    TIMESTAMP(l.D - INTERVAL 9 DAY) + INTERVAL 1 HOUR, TIMESTAMP(l.D - INTERVAL 2 DAY) + INTERVAL 1 HOUR, TIMESTAMP(l.D - INTERVAL 6 DAY) + INTERVAL 1 HOUR,
    10000 + l.pi * 1000, ELT(l.r + 1, 3.3, 3.6, 4.2, 4.35, 4.8, 5.4), ELT(l.mt + 1, 12, 12, 6, 12),
    ELT(l.mt + 1, 'EqualInstallment', 'InterestOnly', 'EqualPrincipal', 'BulletPayment'), NULL, NULL, 10000 + l.pi * 1000, l.D,
    LOWER(CONCAT(LPAD(HEX(l.n), 8, '0'), '-0000-7000-8000-000000000001')), NULL, NULL, UUID(), 0, CONCAT('130682', 101 + l.t), l.sec
  FROM sl l JOIN se e ON e.n = l.e JOIN sb b ON b.n = l.b JOIN sp p ON p.n = l.b * 4 + l.c;
INSERT INTO loans (Id, ApplicationId, EnterpriseId, BankId, Principal, AnnualRate, TermMonths, RepaymentMethod, DisbursedOn, CreatedAt, PaidTotal, SettledAt,
    Version, IndustrySection, Township, BookedOn, Category, DueToldFor, FirstTimeBorrower, OldestUnpaidDue, OutstandingPrincipal, OverdueToldFor, PositionStale,
    ScheduleDigest)
  SELECT LOWER(CONCAT(LPAD(HEX(l.n), 8, '0'), '-0000-7000-8000-000000000001')), LOWER(CONCAT(LPAD(HEX(l.n), 8, '0'), '-0000-7000-8000-000000000002')),
    e.Id, b.Id, 10000 + l.pi * 1000, ELT(l.r + 1, 3.3, 3.6, 4.2, 4.35, 4.8, 5.4), ELT(l.mt + 1, 12, 12, 6, 12),
    ELT(l.mt + 1, 'EqualInstallment', 'InterestOnly', 'EqualPrincipal', 'BulletPayment'), l.D, TIMESTAMP(l.D) + INTERVAL 2 HOUR, a.paid,
    IF(a.next IS NULL, TIMESTAMP(a.last) + INTERVAL 2 HOUR, NULL), UUID(), l.sec, CONCAT('130682', 101 + l.t), l.D,
    ELT(l.c + 1, 'Credit', 'Guarantee', 'Mortgage', 'Pledge'), NULL, l.ft, a.next, 10000 + l.pi * 1000 - a.prin, NULL, 0, a.dg
  FROM sl l JOIN sa a USING (n) JOIN se e ON e.n = l.e JOIN sb b ON b.n = l.b;
INSERT INTO loan_installments (Period, LoanId, DueDate, Principal, Interest, Payment, Remaining, IsPrepayment)
  SELECT k, LOWER(CONCAT(LPAD(HEX(n), 8, '0'), '-0000-7000-8000-000000000001')), due, prin, intr, pay, rem, 0 FROM si;
INSERT INTO loan_repayments (Id, LoanId, Amount, PaidOn, RecordedAt, RecordedBy, BookedOn, IsPrepayment)
  SELECT LOWER(CONCAT(LPAD(HEX(n), 8, '0'), '-', LPAD(HEX(k), 4, '0'), '-7000-8000-000000000003')), LOWER(CONCAT(LPAD(HEX(n), 8, '0'), '-0000-7000-8000-000000000001')),
    pay, pday, TIMESTAMP(pday) + INTERVAL 2 HOUR, 'bench', pday, 0 FROM si WHERE paid;

-- the portfolio's daily changes (PortfolioSteps: a loan's state counters are a step function of the day), every loan's
-- steps by group: the disbursal, each payment, the days a late payer's instalment is 1 to 24 days past due, and the oldest
-- unpaid instalment's 1, 31, 61 and 91 days past due (past and future, as the application writes them in advance)
CREATE TABLE ev (day DATE, b INT, t INT, sec CHAR(1), c INT, lo BIGINT, ou BIGINT, ov BIGINT, d1 BIGINT, d31 BIGINT, d61 BIGINT, np BIGINT, cr BIGINT, ra BIGINT,
  nl BIGINT, nf BIGINT, ft BIGINT) ENGINE=MyISAM;
INSERT INTO ev SELECT D, b, t, sec, c, 1, (10000 + pi * 1000) * 100, 0, 0, 0, 0, 0, IF(c = 0, (10000 + pi * 1000) * 100, 0), (10000 + pi * 1000) * 100 * ri,
    1, (10000 + pi * 1000) * 100, ft FROM sl;
INSERT INTO ev SELECT i.pday, l.b, l.t, l.sec, l.c, -(i.rem = 0), -i.prin * 100, 0, 0, 0, 0, 0, IF(l.c = 0, -i.prin * 100, 0), -i.prin * 100 * l.ri, 0, 0, 0
  FROM si i JOIN sl l USING (n) WHERE i.paid AND i.prin > 0;
INSERT INTO ev SELECT IF(x.seq = 0, i.due + INTERVAL 1 DAY, i.pday), l.b, l.t, l.sec, l.c, 0, 0, IF(x.seq = 0, 1, -1) * i.remb * 100, IF(x.seq = 0, 1, -1) * i.remb * 100,
    0, 0, 0, 0, 0, 0, 0, 0
  FROM si i JOIN sl l USING (n) JOIN seq_0_to_1 x WHERE i.paid AND l.o >= 2;
INSERT INTO ev SELECT a.next + INTERVAL (CASE x.seq WHEN 1 THEN 1 WHEN 2 THEN 31 WHEN 3 THEN 61 ELSE 91 END) DAY, l.b, l.t, l.sec, l.c, 0, 0,
    IF(x.seq = 1, a.B, 0), CASE x.seq WHEN 1 THEN a.B WHEN 2 THEN -a.B ELSE 0 END, CASE x.seq WHEN 2 THEN a.B WHEN 3 THEN -a.B ELSE 0 END,
    CASE x.seq WHEN 3 THEN a.B WHEN 4 THEN -a.B ELSE 0 END, IF(x.seq = 4, a.B, 0), 0, 0, 0, 0, 0
  FROM (SELECT a.n, a.next, (10000 + l.pi * 1000 - a.prin) * 100 AS B FROM sa a JOIN sl l USING (n) WHERE a.next IS NOT NULL) a JOIN sl l USING (n)
    JOIN seq_1_to_4 x;
INSERT INTO stats_portfolio_daily (Dimension, Day, BankId, GroupKey, ${cols})
  SELECT 'B', x.day, b.Id, '', ${named} FROM (SELECT day, b, ${sums} FROM ev GROUP BY day, b) x JOIN sb b ON b.n = x.b;
INSERT INTO stats_portfolio_daily (Dimension, Day, BankId, GroupKey, ${cols})
  SELECT 'T', x.day, b.Id, CONCAT('130682', 101 + x.t), ${named} FROM (SELECT day, b, t, ${sums} FROM ev GROUP BY day, b, t) x JOIN sb b ON b.n = x.b;
INSERT INTO stats_portfolio_daily (Dimension, Day, BankId, GroupKey, ${cols})
  SELECT 'I', x.day, b.Id, x.sec, ${named} FROM (SELECT day, b, sec, ${sums} FROM ev GROUP BY day, b, sec) x JOIN sb b ON b.n = x.b;
INSERT INTO stats_portfolio_daily (Dimension, Day, BankId, GroupKey, ${cols})
  SELECT 'C', x.day, b.Id, ELT(x.c + 1, 'Credit', 'Guarantee', 'Mortgage', 'Pledge'), ${named}
  FROM (SELECT day, b, c, ${sums} FROM ev GROUP BY day, b, c) x JOIN sb b ON b.n = x.b;
-- the months the loan-servicing job has closed: every month from the first day's up to last month (StatsStore.ClosePortfolioMonthAsync:
-- each group seen by then, its state at the month's end and the month's flows, and the month's M mark)
SET @open = @t0 - INTERVAL (DAYOFMONTH(@t0) - 1) DAY;
SET @first = (SELECT MIN(Day) FROM stats_portfolio_daily);
CREATE TABLE sm (me DATE PRIMARY KEY) ENGINE=MyISAM
  SELECT LAST_DAY(@first + INTERVAL seq MONTH) AS me FROM seq_0_to_240 WHERE LAST_DAY(@first + INTERVAL seq MONTH) < @open;
CREATE TABLE mm ENGINE=MyISAM SELECT Dimension, BankId, GroupKey, LAST_DAY(Day) AS me, ${monthly}
  FROM stats_portfolio_daily WHERE Day < @open GROUP BY Dimension, BankId, GroupKey, LAST_DAY(Day);
ALTER TABLE mm ADD PRIMARY KEY (Dimension, BankId, GroupKey, me);
INSERT INTO stats_portfolio_month_end (MonthEnd, Dimension, BankId, GroupKey, ${cols})
  SELECT m.me, g.Dimension, g.BankId, g.GroupKey, ${running}, IFNULL(x.NewLoans, 0), IFNULL(x.NewFen, 0), IFNULL(x.FirstTime, 0)
  FROM (SELECT Dimension, BankId, GroupKey, MIN(me) AS first FROM mm GROUP BY Dimension, BankId, GroupKey) g JOIN sm m ON m.me >= g.first
    LEFT JOIN mm x ON x.Dimension = g.Dimension AND x.BankId = g.BankId AND x.GroupKey = g.GroupKey AND x.me = m.me;
INSERT INTO stats_portfolio_month_end (MonthEnd, Dimension, BankId, GroupKey, ${cols})
  SELECT me, 'M', '00000000-0000-0000-0000-000000000000', '', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM sm;
DROP TABLE sb, sp, se, sr, sg, tpl, sl, si, sa, ev, sm, mm;
ANALYZE TABLE loans, loan_installments, loan_repayments, applications, stats_portfolio_daily, stats_portfolio_month_end;
SQL
echo "seeded in $(( $(date +%s) - start )) s"
sql -N bench <<SQL
SET @t0 = DATE('$today');
SELECT CONCAT((SELECT COUNT(*) FROM loans), ' loans, ', (SELECT COUNT(*) FROM loan_installments), ' instalments, ', (SELECT COUNT(*) FROM loan_repayments),
  ' repayments, ', (SELECT COUNT(*) FROM stats_portfolio_daily), ' daily and ', (SELECT COUNT(*) FROM stats_portfolio_month_end), ' month-end projection rows');
SELECT CONCAT('by method: ', GROUP_CONCAT(CONCAT(RepaymentMethod, ' ', n) SEPARATOR ', ')) FROM (SELECT RepaymentMethod, COUNT(*) AS n FROM loans GROUP BY RepaymentMethod) x;
SELECT CONCAT('as of today: ', COUNT(*), ' loans outstanding (', (SELECT COUNT(*) FROM loans WHERE SettledAt IS NOT NULL), ' settled), ', SUM(OutstandingPrincipal),
  ' yuan; overdue ', SUM(IF(OldestUnpaidDue < @t0, OutstandingPrincipal, 0)), ' (', SUM(OldestUnpaidDue < @t0), ' loans), non-performing ',
  SUM(IF(DATEDIFF(@t0, OldestUnpaidDue) > 90, OutstandingPrincipal, 0)), ' (', SUM(DATEDIFF(@t0, OldestUnpaidDue) > 90), ' loans)')
  FROM loans WHERE OutstandingPrincipal > 0;
SQL

token() { curl -sf "$base/api/auth/token" -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"$2\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'; }
bureau=$(token admin 'bench-Chief-2026')
bankId=$(sql -N bench -e "SELECT Id FROM banks WHERE Name = '农村商业银行'")
curl -sf "$base/api/banks/$bankId/users" -H "Authorization: Bearer $bureau" -H 'Content-Type: application/json' \
  -d '{"userName":"bench-officer","password":"Dingzhou-Loans-2026","displayName":"信贷员"}' >/dev/null
officer=$(token bench-officer 'Dingzhou-Loans-2026')

# today's totals from the projection against SQL over the loans themselves (OutstandingPrincipal, OldestUnpaidDue)
api=$(curl -sf -H "Authorization: Bearer $bureau" "$base/api/stats/portfolio?asOf=$today&by=bank" | jq -r '.totals | "\(.loans) \(.outstanding) \(.overdueBalance) \(.nonPerformingBalance)"')
facts=$(sql -N bench -e "SELECT CONCAT(COUNT(*), ' ', SUM(OutstandingPrincipal), ' ', SUM(IF(OldestUnpaidDue < '$today', OutstandingPrincipal, 0)), ' ',
  SUM(IF(DATEDIFF('$today', OldestUnpaidDue) > 90, OutstandingPrincipal, 0))) FROM loans WHERE OutstandingPrincipal > 0")
norm() { awk '{for (i = 1; i <= NF; i++) printf "%.2f ", $i; print ""}'; }
if [ "$(echo "$api" | norm)" = "$(echo "$facts" | norm)" ]; then echo "today's totals (loans, outstanding, overdue, non-performing) = SQL over the loans: $api"
else echo "MISMATCH today's totals: projection $api, loans $facts"; fi

verify() {
  local t0 answer
  t0=$(date +%s%N)
  answer=$(curl -sf -H "Authorization: Bearer $bureau" "$base/api/stats/verify")
  echo "verify ($1): $(( ($(date +%s%N) - t0) / 1000000 )) ms, loans checked $(echo "$answer" | jq .loansChecked), portfolio differences" \
    "$(echo "$answer" | jq '[.differences[] | select(startswith("portfolio"))] | length')"
  echo "$answer" | jq -r '[.differences[] | select(startswith("portfolio"))][:5][]'
}
[ "$loans" -le 100000 ] || [ -n "${VERIFY:-}" ] && verify "as seeded"

# from here on the timings: hold the lock, so no build runs meanwhile
if [ -n "${BENCH_LOCK:-}" ]; then exec 9>"$BENCH_LOCK"; flock 9; fi
echo "load average before timing: $(cut -d' ' -f1-3 /proc/loadavg)"
# each request: one warm-up, then the median and the slowest of $repeats timed requests
measure() {
  local who=$1 auth=$2 path=$3 times
  curl -sf -o /dev/null -H "Authorization: Bearer $auth" "$base$path"
  times=$(for _ in $(seq "$repeats"); do curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $auth" "$base$path"; done | sort -n)
  printf '%-7s %-58s median %6.0f ms  max %6.0f ms\n' "$who" "$path" "$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] * 1000}')" \
    "$(echo "$times" | tail -1 | awk '{print $1 * 1000}')"
}
month_start=$(date -d "$today" +%Y-%m-01)
month_end=$(date -d "$month_start -1 day" +%F)           # the last closed month's end
mid_month=$(date -d "$month_start -1 month +14 days" +%F) # the 15th of last month
before_end=$(date -d "$month_start -2 days" +%F)         # the day before a month end: the most daily rows to add
for asOf in "$month_end" "$mid_month" "$before_end" "$today"; do
  for by in bank township industry category month; do measure bureau "$bureau" "/api/stats/portfolio?asOf=$asOf&by=$by"; done
done
for asOf in "$month_end" "$mid_month" "$today"; do
  for by in bank township industry category month; do measure bank "$officer" "/api/stats/portfolio?asOf=$asOf&by=$by"; done
done
measure bureau "$bureau" "/api/stats/portfolio?asOf=$today&by=township&format=xlsx"
last_month=$(date -d "$month_end" +%Y-%m)
this_month=$(date -d "$today" +%Y-%m)
for m in "$last_month" "$this_month"; do
  measure bureau "$bureau" "/api/stats/monthly-return?month=$m"
  measure bureau "$bureau" "/api/stats/monthly-return?month=$m&format=xlsx"
done
curl -sf -H "Authorization: Bearer $bureau" "$base/api/stats/portfolio?asOf=$month_end&by=bank" | jq -c '.totals'

# imports of $import_rows repayments by the largest bank: the next unpaid instalment of as many of its open loans, paid today,
# in an order unrelated to the ids (as a core system's export); each import is a new batch. Between two imports the data are
# put back as they were (the bank's open loans, their repayments and the bank's projection rows), so every import meets the
# same portfolio; the last one is kept (and verified up to 100,000 loans)
sql bench -e "CREATE TABLE bk_loans ENGINE=MyISAM SELECT Id, PaidTotal, OutstandingPrincipal, OldestUnpaidDue, SettledAt, Version FROM loans
    WHERE BankId = '$bankId' AND SettledAt IS NULL;
  CREATE TABLE bk_daily ENGINE=MyISAM SELECT * FROM stats_portfolio_daily WHERE BankId = '$bankId'"
# the put-back's dirty pages written before an import is timed, not during it
settle() {
  sql -e "SET GLOBAL innodb_max_dirty_pages_pct = 0"
  for _ in $(seq 300); do
    [ "$(sql -N -e "SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'" | cut -f2)" -lt 1000 ] && break
    sleep 1
  done
  sql -e "SET GLOBAL innodb_max_dirty_pages_pct = 90"
}
# CPU seconds a process has used (user and system, from /proc)
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
for i in $(seq "$imports"); do
  sql -N bench -e "SELECT CONCAT(l.Id, ',', i.Payment, ',', '$today') FROM loans l JOIN loan_installments i ON i.LoanId = l.Id AND i.DueDate = l.OldestUnpaidDue
    WHERE l.BankId = '$bankId' AND l.SettledAt IS NULL ORDER BY CRC32(CONCAT(l.Id, '$i')) LIMIT $import_rows" | (echo 'loanId,amount,paidOn'; cat) >"$work/import.csv"
  settle
  cpu0=$(cpu_seconds "${pids[1]}") db0=$(cpu_seconds "${pids[0]}")
  t=$(curl -sf -o "$work/import.json" -w '%{time_total}' -H "Authorization: Bearer $officer" -H 'Content-Type: text/csv' --data-binary "@$work/import.csv" \
      "$base/api/banks/$bankId/repayments/imports?batchId=bench-$i")
  printf 'import %d: %d rows (%s MB) in %.1f s (CPU s: application %s, MariaDB %s): %s\n' "$i" "$(( $(wc -l <"$work/import.csv") - 1 ))" \
    "$(du -m "$work/import.csv" | cut -f1)" "$t" "$(echo "$(cpu_seconds "${pids[1]}") - $cpu0" | bc)" "$(echo "$(cpu_seconds "${pids[0]}") - $db0" | bc)" \
    "$(jq -c '{accepted, rejected}' "$work/import.json")"
  [ "$i" -lt "$imports" ] && sql bench -e "DELETE FROM loan_repayments WHERE RecordedBy <> 'bench';
    UPDATE loans l JOIN bk_loans b ON b.Id = l.Id SET l.PaidTotal = b.PaidTotal, l.OutstandingPrincipal = b.OutstandingPrincipal,
      l.OldestUnpaidDue = b.OldestUnpaidDue, l.SettledAt = b.SettledAt, l.Version = b.Version;
    DELETE FROM stats_portfolio_daily WHERE BankId = '$bankId'; INSERT INTO stats_portfolio_daily SELECT * FROM bk_daily"
done
sql bench -e "DROP TABLE bk_loans, bk_daily"
[ "$loans" -le 100000 ] || [ -n "${VERIFY:-}" ] && verify "after the imports"
measure bureau "$bureau" "/api/stats/portfolio?asOf=$today&by=bank"
measure bureau "$bureau" "/api/stats/monthly-return?month=$this_month"
