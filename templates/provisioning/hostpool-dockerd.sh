#!/bin/sh
# Written by hostpool. Keeps dockerd running on a host without systemd.
#   start    starts the supervisor unless it already runs (idempotent)
#   restart  stops the supervisor and dockerd, then starts them with this file's configuration
#   stop     stops the supervisor and dockerd
#   status   prints running or stopped
#   run      the supervisor loop itself (started by start, detached from the caller)
set -u
RUN_DIR={{RUN_DIR}}
SUPERVISOR_PID="$RUN_DIR/supervisor.pid"
DOCKERD_PID="$RUN_DIR/dockerd.pid"
LOG="$RUN_DIR/dockerd.log"
{{ENVIRONMENT}}
alive() {
  [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

run_dockerd() {
  exec {{DOCKERD_COMMAND}}
}

supervise() {
  echo $$ > "$SUPERVISOR_PID"
  child=""
  trap 'if [ -n "$child" ]; then kill -TERM "$child" 2>/dev/null; wait "$child"; fi; rm -f "$SUPERVISOR_PID"; exit 0' TERM INT
  while :; do
    run_dockerd >>"$LOG" 2>&1 </dev/null &
    child=$!
    wait "$child"
    status=$?
    child=""
    echo "hostpool: dockerd exited with status $status at $(date); restarting" >>"$LOG"
    sleep 2
  done
}

start() {
  mkdir -p "$RUN_DIR"
  if alive "$SUPERVISOR_PID"; then
    echo running
    return 0
  fi
  stop >/dev/null || return 1
  setsid nohup sh "$0" run >/dev/null 2>&1 </dev/null &
  tries=0
  while ! alive "$SUPERVISOR_PID"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 50 ]; then
      echo "the dockerd supervisor did not start; see $LOG" >&2
      return 1
    fi
    sleep 0.1
  done
  echo started
}

stop() {
  if alive "$SUPERVISOR_PID"; then
    kill -TERM "$(cat "$SUPERVISOR_PID")"
  elif alive "$DOCKERD_PID"; then
    kill -TERM "$(cat "$DOCKERD_PID")"
  fi
  tries=0
  while alive "$SUPERVISOR_PID" || alive "$DOCKERD_PID"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 300 ]; then
      echo "dockerd did not stop within 30 seconds; see $LOG" >&2
      return 1
    fi
    sleep 0.1
  done
  rm -f "$SUPERVISOR_PID"
  echo stopped
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) stop && start ;;
  status) if alive "$SUPERVISOR_PID"; then echo running; else echo stopped; fi ;;
  run) supervise ;;
  *) echo "usage: $0 start|stop|restart|status" >&2; exit 2 ;;
esac
