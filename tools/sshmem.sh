#!/usr/bin/env bash
# tools/sshmem.sh DB [N]: the resident memory of `khuyencong serve` on DB,
# with one SSH session and with N more (default 40), each a real `ssh`
# client in a tmux window of 120×40 showing the facilities tab. Needs tmux
# and OpenSSH; listens on 127.0.0.1 only. The README's SSH memory figures
# come from `tools/sshmem.sh /tmp/m1.db 40` after
# `khuyencong --db /tmp/m1.db sample --facilities 1000000`.
set -euo pipefail
db=${1:?usage: tools/sshmem.sh DB [N]}
n=${2:-40}
port=23999
dir=$(mktemp -d)
pid=
cleanup() {
	tmux -L sshmem kill-server 2>/dev/null || true
	if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
	"$dir/khuyencong" --db "$db" user remove sshmem >/dev/null 2>&1 || true
	rm -rf "$dir"
}
trap cleanup EXIT
go build -o "$dir/khuyencong" .
ssh-keygen -q -t ed25519 -N "" -f "$dir/id"
"$dir/khuyencong" --db "$db" user remove sshmem >/dev/null 2>&1 || true
"$dir/khuyencong" --db "$db" user add sshmem --role editor --key-file "$dir/id.pub" >/dev/null
"$dir/khuyencong" --db "$db" serve --listen "127.0.0.1:$port" --host-key "$dir/host" 2>"$dir/log" &
pid=$!
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
# The server hands memory held beyond its live heap back every 30 s.
settle() { sleep 65; }
open() {
	tmux -L sshmem new-session -d -s "s$1" -x 120 -y 40 \
		"ssh -tt -p $port -i $dir/id -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null sshmem@127.0.0.1"
}
sleep 5
settle
echo "no session:       $(rss) kB"
open 0
sleep 3
tmux -L sshmem send-keys -t s0 2
settle
r1=$(rss)
echo "1 session:        $r1 kB"
for i in $(seq 1 "$n"); do open "$i"; sleep 0.2; done
sleep 5
for i in $(seq 1 "$n"); do tmux -L sshmem send-keys -t "s$i" 2 j j j; done
sleep 5
r2=$(rss)
echo "$((n + 1)) sessions:      $r2 kB, $(((r2 - r1) / n)) kB per extra session"
settle
r3=$(rss)
echo "… after 65 s:     $r3 kB, $(((r3 - r1) / n)) kB per extra session"
tmux -L sshmem capture-pane -p -t "s$n" | head -2
