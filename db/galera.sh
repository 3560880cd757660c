#!/usr/bin/env bash
# A 3-node MariaDB Galera cluster on this machine's loopback, without systemd or Docker — for tests, load and fault
# runs, and for an operator trying the cluster out (docs/operations.md, "A Galera cluster on one machine").
#
#   db/galera.sh start            initialise (first time) or start the three nodes, wait until all are synced
#   db/galera.sh stop             shut the nodes down cleanly (3, 2, then 1, so node 1 can bootstrap the next start)
#   db/galera.sh kill N           SIGKILL node N (1-3): a crash, nothing flushed
#   db/galera.sh restart N        start node N again; it rejoins and catches up (IST, or SST by rsync)
#   db/galera.sh status           each node's state, cluster size and last committed sequence number
#   db/galera.sh connection-string  what the application's ConnectionStrings__Default should be
#   db/galera.sh destroy          stop and delete the data directory
#
# Node N listens on 127.0.0.N (all three are loopback addresses: nothing leaves the machine): SQL on $GALERA_PORT,
# group communication on $GALERA_PORT+1000, IST on +1001, SST on +1002. One SQL port on three addresses, because
# MySqlConnector's multi-host connection strings take one port for all hosts (mysql-net/MySqlConnector#762).
# Environment: GALERA_DIR (default /tmp/creditloan-galera), GALERA_PORT (default 13306), GALERA_USER and
# GALERA_PASSWORD (the application's account, default creditloan / creditloan-local), GALERA_DATABASE (creditloan).
# Needs mariadb-server, mariadb-client, galera-4 and rsync (apt-get install -y mariadb-server galera-4 rsync).
set -euo pipefail

DIR=${GALERA_DIR:-/tmp/creditloan-galera}
PORT=${GALERA_PORT:-13306}
GCOMM=$((PORT + 1000)); IST=$((PORT + 1001)); SST=$((PORT + 1002))
APP_USER=${GALERA_USER:-creditloan}
APP_PASSWORD=${GALERA_PASSWORD:-creditloan-local}
DATABASE=${GALERA_DATABASE:-creditloan}
PROVIDER=${GALERA_PROVIDER:-}
for candidate in "$PROVIDER" /usr/lib/galera/libgalera_smm.so /usr/lib/libgalera_smm.so; do
  [ -n "$candidate" ] && [ -f "$candidate" ] && { PROVIDER=$candidate; break; }
done
MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)
# as root the nodes run as the mysql account (rsync's state transfer daemon would otherwise drop to "nobody" and fail
# to write the joiner's data directory); as anyone else, as that user
if [ "$(id -u)" -eq 0 ]; then RUN_AS=mysql; else RUN_AS=$(id -un); fi

die() { echo "galera.sh: $*" >&2; exit 1; }
node_dir() { echo "$DIR/node$1"; }
cnf() { echo "$(node_dir "$1")/my.cnf"; }
client() { mariadb --defaults-file="$(cnf "$1")" --protocol=socket -uroot "${@:2}"; }

write_cnf() {
  local n=$1 d; d=$(node_dir "$n")
  mkdir -p "$d/data"
  cat >"$d/my.cnf" <<EOF
[client]
socket=$d/mysqld.sock

[mysqld]
datadir=$d/data
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$d/mysqld.err
port=$PORT
bind-address=127.0.0.$n
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=256M
innodb_flush_log_at_trx_commit=1
max_connections=500
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=creditloan
wsrep_cluster_address=gcomm://127.0.0.1:$GCOMM,127.0.0.2:$GCOMM,127.0.0.3:$GCOMM
wsrep_node_name=node$n
wsrep_node_address=127.0.0.$n
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.$n:$GCOMM;ist.recv_addr=127.0.0.$n:$IST;gcache.size=256M;gcs.fc_limit=512;gcs.fc_factor=0.8"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.$n:$SST
wsrep_slave_threads=2
# causal reads: a read first waits until this node has applied everything the cluster committed before it, so a client
# reads what it was told is written even when its next request lands on another instance writing to another node
wsrep_sync_wait=1
EOF
  # every statement each node ran, for finding the cause of a failed fault test (GALERA_GENERAL_LOG=1)
  if [ -n "${GALERA_GENERAL_LOG:-}" ]; then printf 'general_log=1\ngeneral_log_file=%s/general.log\n' "$d" >>"$d/my.cnf"; fi
}

running() { local pid; pid=$(cat "$(node_dir "$1")/mysqld.pid" 2>/dev/null) && kill -0 "$pid" 2>/dev/null; }

launch() {  # launch N [extra mariadbd arguments]
  local n=$1 d; d=$(node_dir "$n"); shift
  running "$n" && return 0
  [ "$(id -u)" -eq 0 ] && chown -R "$RUN_AS": "$d"
  nohup "$MARIADBD" --defaults-file="$d/my.cnf" --user="$RUN_AS" "$@" >>"$d/mysqld.out" 2>&1 &
  echo $! >"$d/launched.pid"
}

wait_synced() {  # wait_synced N [seconds]
  local n=$1 deadline=$((SECONDS + ${2:-180})) state
  while [ $SECONDS -lt $deadline ]; do
    state=$(client "$n" -N -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}') || true
    [ "$state" = "Synced" ] && return 0
    kill -0 "$(cat "$(node_dir "$n")/launched.pid")" 2>/dev/null || break   # it exited: no use waiting
    sleep 0.5
  done
  { grep -aE "\[ERROR\]|WSREP_SST: \[ERROR\]|Assertion|signal" "$(node_dir "$n")/mysqld.err" | tail -n 25; tail -n 5 "$(node_dir "$n")/mysqld.out"; } >&2 2>/dev/null || true
  die "node $n did not reach Synced"
}

start() {
  command -v mariadb-install-db >/dev/null || die "mariadb-install-db is missing: apt-get install -y mariadb-server"
  [ -f "$PROVIDER" ] || die "the Galera provider is missing: apt-get install -y galera-4"
  command -v rsync >/dev/null || die "rsync is missing (state transfer): apt-get install -y rsync"
  local fresh=0
  if [ ! -d "$(node_dir 1)/data/mysql" ]; then
    fresh=1
    for n in 1 2 3; do write_cnf "$n"; done
    # only node 1 is initialised; nodes 2 and 3 receive its data by state transfer when they join
    [ "$(id -u)" -eq 0 ] && { chmod 755 "$DIR"; chown -R "$RUN_AS": "$DIR"; }
    mariadb-install-db --defaults-file="$(cnf 1)" --user="$RUN_AS" --auth-root-authentication-method=normal \
      --skip-test-db >"$(node_dir 1)/install.log" 2>&1 || { cat "$(node_dir 1)/install.log" >&2; die "mariadb-install-db failed"; }
  else
    for n in 1 2 3; do write_cnf "$n"; done
    # a clean stop leaves node 1 (stopped last) safe to bootstrap; after a crash of all three, choose it anyway
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(node_dir 1)/data/grastate.dat" 2>/dev/null || true
  fi
  launch 1 --wsrep-new-cluster
  wait_synced 1
  if [ $fresh -eq 1 ]; then
    client 1 -e "CREATE DATABASE IF NOT EXISTS \`$DATABASE\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                 CREATE USER IF NOT EXISTS '$APP_USER'@'127.%' IDENTIFIED BY '$APP_PASSWORD';
                 GRANT ALL PRIVILEGES ON \`$DATABASE\`.* TO '$APP_USER'@'127.%';
                 CREATE USER IF NOT EXISTS 'root'@'127.%' IDENTIFIED BY '';
                 GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.%' WITH GRANT OPTION;"
  fi
  launch 2; wait_synced 2
  launch 3; wait_synced 3
  status
}

stop_node() {
  local n=$1
  running "$n" || return 0
  client "$n" -e "SHUTDOWN" 2>/dev/null || mariadb-admin --defaults-file="$(cnf "$n")" --protocol=socket -uroot shutdown 2>/dev/null || true
  local pid; pid=$(cat "$(node_dir "$n")/mysqld.pid" 2>/dev/null || true)
  for _ in $(seq 1 120); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

stop() { for n in 3 2 1; do stop_node "$n"; done; }

kill_node() {
  local n=$1 pid; pid=$(cat "$(node_dir "$n")/mysqld.pid" 2>/dev/null) || die "node $n has no pid file"
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$(node_dir "$n")/mysqld.pid"
}

restart_node() {
  # a node rejoining after a crash recovers its position and catches up by IST (or SST); should the joiner abort on the
  # way (a transfer cut short), it is simply started again
  local n=$1 attempt
  write_cnf "$n"
  for attempt in 1 2 3; do
    launch "$n"
    if (wait_synced "$n" 300); then return 0; fi
    echo "galera.sh: node $n did not rejoin (attempt $attempt); starting it again" >&2
    running "$n" && kill -9 "$(cat "$(node_dir "$n")/mysqld.pid")" 2>/dev/null || true
    sleep 2
  done
  die "node $n could not rejoin the cluster"
}

status() {
  for n in 1 2 3; do
    if running "$n"; then
      client "$n" -N -e "SELECT CONCAT('node$n 127.0.0.$n:$PORT ',
          (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='wsrep_local_state_comment'), ' size=',
          (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='wsrep_cluster_size'), ' seqno=',
          (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='wsrep_last_committed'))" 2>/dev/null \
        || echo "node$n 127.0.0.$n:$PORT starting"
    else
      echo "node$n 127.0.0.$n:$PORT down"
    fi
  done
}

connection_string() {
  echo "Server=127.0.0.1,127.0.0.2,127.0.0.3;Port=$PORT;Database=$DATABASE;User ID=$APP_USER;Password=$APP_PASSWORD;LoadBalance=FailOver;Connection Timeout=5"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  kill) [[ "${2:-}" =~ ^[123]$ ]] || die "kill N: N is 1, 2 or 3"; kill_node "$2" ;;
  restart) [[ "${2:-}" =~ ^[123]$ ]] || die "restart N: N is 1, 2 or 3"; restart_node "$2" ;;
  status) status ;;
  connection-string) connection_string ;;
  destroy) stop; rm -rf "$DIR" ;;
  *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
