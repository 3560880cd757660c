# Sourced by the load scripts: starts a throwaway mariadbd under "$1" on a free-ish loopback port (no systemd),
# appends its pid to the caller's pids array, sets dbport and defines sql() for its socket.
start_mariadb() {
  local dir="$1/db"
  dbport=$((40000 + RANDOM % 20000))
  mkdir -p "$dir/tmp"
  cat > "$dir/my.cnf" <<CNF
[mysqld]
datadir=$dir/data
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
tmpdir=$dir/tmp
log-error=$dir/mysqld.err
port=$dbport
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=1G
innodb_flush_log_at_trx_commit=1
skip-log-bin
max_connections=500
[client]
socket=$dir/mysqld.sock
CNF
  mariadb-install-db --defaults-file="$dir/my.cnf" --user=root --auth-root-authentication-method=normal --skip-test-db >/dev/null
  mariadbd --defaults-file="$dir/my.cnf" --user=root & pids+=($!)
  until mariadb-admin --defaults-file="$dir/my.cnf" --protocol=socket -uroot ping >/dev/null 2>&1; do sleep 0.3; done
  MARIADB_CNF="$dir/my.cnf"
}

sql() { mariadb --defaults-file="$MARIADB_CNF" --protocol=socket -uroot "$@"; }
