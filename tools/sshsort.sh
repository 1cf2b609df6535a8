#!/usr/bin/env bash
# tools/sshsort.sh DB [N]: issue 16's table with the real `ssh` client:
# `khuyencong serve` on DB, N sessions (default 10) and one editor, each
# a real `ssh` in a tmux window of 120×40 on the facilities tab. It prints
# the server's resident memory with the sessions open, then has the N
# sessions press `s` at once (time until all show the name order, server
# CPU, memory), then has the editor sort too and save the tax code of the
# facility on top (time until the editor sees "Đã lưu" and until all N
# show the new code, server CPU for that save, memory), then the memory a
# minute later. Needs tmux and OpenSSH; listens on 127.0.0.1 only. The
# README's multi-session figures come from `tools/sshsort.sh /tmp/m1.db 10`
# and `tools/sshsort.sh /tmp/m1.db 50` after
# `khuyencong --db /tmp/m1.db sample --facilities 1000000`.
set -euo pipefail
db=${1:?usage: tools/sshsort.sh DB [N]}
n=${2:-10}
port=${SSHSORT_PORT:-23998} # another port lets two runs share the machine
dir=$(mktemp -d)
pid=
cleanup() {
	tmux -L "sshsort$port" kill-server 2>/dev/null || true
	if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
	"$dir/khuyencong" --db "$db" user remove sshsort >/dev/null 2>&1 || true
	rm -rf "$dir"
}
trap cleanup EXIT
go build -o "$dir/khuyencong" .
ssh-keygen -q -t ed25519 -N "" -f "$dir/id"
"$dir/khuyencong" --db "$db" user remove sshsort >/dev/null 2>&1 || true
"$dir/khuyencong" --db "$db" user add sshsort --role editor --key-file "$dir/id.pub" >/dev/null
"$dir/khuyencong" --db "$db" serve --listen "127.0.0.1:$port" --host-key "$dir/host" 2>"$dir/log" &
pid=$!
rss() { echo "$(($(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024)) MB"; }
# peak is the highest resident memory since the last resetpeak (Linux:
# writing 5 to clear_refs resets VmHWM; where that is not allowed the peak
# counts from the server's start, its loading included).
peak() { echo "peak $(($(awk '/VmHWM/ {print $2}' "/proc/$pid/status") / 1024)) MB"; }
resetpeak() { echo 5 >"/proc/$pid/clear_refs" 2>/dev/null || true; }
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; } # user+system, 1/100 s
now() { date +%s.%N; }
since() { echo "$(now) $1" | awk '{printf "%.2f s", $1 - $2}'; }
cpu() { echo "$(ticks) $1" | awk '{printf "%.2f s", ($1 - $2) / 100}'; }
pane() { tmux -L "sshsort$port" capture-pane -p -t "s$1"; }
open() {
	tmux -L "sshsort$port" new-session -d -s "s$1" -x 120 -y 40 \
		"ssh -tt -p $port -i $dir/id -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null sshsort@127.0.0.1"
}
# waitall CMD I...: polls every 20 ms until CMD I succeeds for every I.
waitall() {
	local test=$1 i
	shift
	for i in "$@"; do
		until "$test" "$i"; do sleep 0.02; done
	done
}
sorted() { local p; p=$(pane "$1"); [[ $p == *▲* && $p != *"đang sắp xếp"* ]]; }
saved() { pane "$1" | grep -q "Đã lưu"; }
# panesall TEST I...: polls the panes I... until TEST holds for every one,
# all of them read in one tmux call a round (a few ms, where reading 50
# panes one after another took a quarter of a second and more). TEST is
# shown (the pane has the code), sorted (the name order, not sorting) or
# filtered (the query "cong ty" kept, not filtering).
panesall() {
	local test=$1 args=() i
	shift
	for i in "$@"; do args+=(capture-pane -p -t "s$i" \; display-message -p @@pane@@ \;); done
	unset 'args[${#args[@]}-1]'
	until [ "$(tmux -L "sshsort$port" "${args[@]}" | awk -v test="$test" -v code="${code:-}" '
		/^@@pane@@$/ { n += (test == "shown" ? hit : test == "filtered" ? query && !busy : up && !busy); hit = up = busy = query = 0; next }
		code != "" && index($0, code) { hit = 1 }
		index($0, "▲") { up = 1 }
		index($0, "/ cong ty") { query = 1 }
		index($0, "đang sắp xếp") || index($0, "đang lọc") { busy = 1 }
		END { print n + 0 }')" -ge "$#" ]; do
		sleep 0.01
	done
}
# taxcode makes a valid tax code of prefix 98 (above the sample's 269…).
taxcode() {
	local body d sum i w=(31 29 23 19 17 13 7 5 3)
	while :; do
		body=98$(printf '%07d' $((RANDOM * 32768 + RANDOM)) | tail -c 7)
		sum=0
		for i in 0 1 2 3 4 5 6 7 8; do sum=$((sum + ${w[$i]} * ${body:$i:1})); done
		d=$((10 - sum % 11))
		if [ "$d" -ne 10 ]; then echo "$body$d"; return; fi
	done
}
sleep 5
ed=$((n + 1))
for i in $(seq 1 "$ed"); do open "$i"; sleep 0.2; done
sleep 5
for i in $(seq 1 "$ed"); do tmux -L "sshsort$port" send-keys -t "s$i" 2; done
sleep 5
echo "$ed sessions open, not sorted:     $(rss)"
resetpeak
t0=$(now) c0=$(ticks)
for i in $(seq 1 "$n"); do tmux -L "sshsort$port" send-keys -t "s$i" s; done
panesall sorted $(seq 1 "$n")
echo "$n sessions press s at once:        all sorted after $(since "$t0"), server CPU $(cpu "$c0"), $(rss), $(peak) while sorting"
# Every other sorted session filters too ("cong ty": about a third of the
# rows, the facility on top among them), so that the save below reaches
# sorted and filtered sessions alike.
t0=$(now) c0=$(ticks)
for i in $(seq 2 2 "$n"); do tmux -L "sshsort$port" send-keys -t "s$i" / && tmux -L "sshsort$port" send-keys -t "s$i" -l "cong ty" && tmux -L "sshsort$port" send-keys -t "s$i" Enter; done
panesall filtered $(seq 2 2 "$n")
echo "$((n / 2)) of them filter \"cong ty\":      all filtered after $(since "$t0"), server CPU $(cpu "$c0"), $(rss), $(peak) since the sort"
tmux -L "sshsort$port" send-keys -t "s$ed" s
waitall sorted "$ed"
sleep 2
code=$(taxcode)
tmux -L "sshsort$port" send-keys -t "s$ed" e
sleep 1
tmux -L "sshsort$port" send-keys -t "s$ed" Enter
sleep 0.5
for _ in $(seq 1 16); do tmux -L "sshsort$port" send-keys -t "s$ed" BSpace; done
tmux -L "sshsort$port" send-keys -t "s$ed" -l "$code"
sleep 1
ci=$(ticks)
sleep 2
idle=$(cpu "$ci") # what the open sessions cost in 2 s without a save
c0=$(ticks) t0=$(now)
tmux -L "sshsort$port" send-keys -t "s$ed" C-s
waitall saved "$ed"
te=$(since "$t0")
panesall shown $(seq 1 "$n")
ta=$(since "$t0")
sleep 2
echo "one save of a tax code by session $ed: the editor sees \"Đã lưu\" after $te, all $n sorted sessions show it after $ta"
echo "… server CPU for that save (2 s):    $(cpu "$c0") ($idle in 2 s before it, idle), $(rss), $(peak) since the sort"
sleep 65 # the server gives back memory beyond its live heap every 30 s
echo "… a minute later:                    $(rss)"
pane 1 | head -3
