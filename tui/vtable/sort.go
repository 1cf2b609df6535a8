package vtable

import (
	"encoding/binary"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"
)

// keyer appends a row's sort key to an arena: 8 bytes of Num (order
// preserving), then the Str bytes.
type keyer func(dst []byte, row int) (key []byte, num int64)

// keyer returns how to make the sort column's keys, nil for the natural
// order. KeyAppender beats KeySource beats Column.Key.
func (m *Model) keyer() keyer {
	c := m.sortCol
	if c < 0 || c >= len(m.cols) || m.cols[c].Key == nil {
		return nil
	}
	if k := srcKeyer(m.src, c); k != nil {
		return k
	}
	return funcKeyer(m.cols[c].Key)
}

// srcKeyer is how to make column c's keys from the Source itself
// (KeyAppender, else KeySource); nil if it has neither or c < 0.
func srcKeyer(src Source, c int) keyer {
	if c < 0 {
		return nil
	}
	switch src := src.(type) {
	case KeyAppender:
		return func(dst []byte, r int) ([]byte, int64) {
			n0 := len(dst)
			dst = binary.BigEndian.AppendUint64(dst, 0)
			dst, num := src.AppendSortKey(dst, r, c)
			binary.BigEndian.PutUint64(dst[n0:], uint64(num)^1<<63)
			return dst, num
		}
	case KeySource:
		return funcKeyer(func(r int) SortKey { return src.SortKey(r, c) })
	}
	return nil
}

func funcKeyer(key func(int) SortKey) keyer {
	return func(dst []byte, r int) ([]byte, int64) {
		k := key(r)
		dst = binary.BigEndian.AppendUint64(dst, uint64(k.Num)^1<<63)
		return append(dst, k.Str...), k.Num
	}
}

// SetSort sorts by column col (-1: natural order), descending if desc, and
// goes to the top of the new order.
// A column without Key is refused (nothing changes, nil returned).
func (m *Model) SetSort(col int, desc bool) tea.Cmd {
	if col >= len(m.cols) || col >= 0 && m.cols[col].Key == nil {
		return nil
	}
	if col < 0 {
		desc = false
	}
	m.sortCol, m.desc = col, desc
	return m.resort()
}

// buildOrder lists the rows that are not skipped, sorted by key (nil:
// natural order); ties keep the natural order in both directions, so the
// result is a stable sort. It returns nil if stop says so.
func buildOrder(src Source, key keyer, desc bool, stop func() bool) []int32 {
	var rows []int32
	if l, ok := src.(Lister); ok {
		if key == nil {
			return l.Listed() // shared: the table never writes to its order
		}
		rows = slices.Clone(l.Listed())
	} else {
		n := src.Len()
		rows = make([]int32, 0, n)
		for r := 0; r < n; r++ {
			if stop != nil && r%stopEvery == 0 && stop() {
				return nil
			}
			if !src.Skip(r) {
				rows = append(rows, int32(r))
			}
		}
	}
	if key == nil || len(rows) < 2 {
		return rows
	}
	es, arenas, ok := buildKeys(rows, key, stop)
	if !ok {
		return nil
	}
	s := sorter{arenas: arenas, desc: desc, stop: stop}
	if !s.run(es, keyWorkers(len(es))) {
		return nil
	}
	for i := range es {
		rows[i] = es[i].row
	}
	releaseScratch(len(es))
	return rows
}

// releaseScratch collects once a big sort is done (in the background,
// some 10 ms at a million rows): the collector saw the sort's scratch (115
// MB at a million rows) live, and would otherwise let the heap grow by a
// quarter of that on top of it before collecting again, so that a server
// that sorts for fifty sessions and then filters for them holds both at
// once. The freed scratch is then reused; giving it back to the system is
// left to the app (debug.FreeOSMemory there), since memory given back
// costs a page fault per page when it is used again, about 15 ms more for
// each save that follows with fifty sessions. One collection waits at a
// time.
func releaseScratch(rows int) {
	if rows < releaseMin || !releasing.CompareAndSwap(false, true) {
		return
	}
	go func() {
		defer releasing.Store(false)
		runtime.GC()
	}()
}

// releaseMin is the smallest sort whose scratch (about 115 bytes a row) is
// worth a collection.
const releaseMin = 1 << 18

var releasing atomic.Bool

// keyWorkers is how many goroutines make keys for a big sort: a key is a
// collation table walk per character, the bulk of a sort's time.
func keyWorkers(n int) int {
	if n < 50_000 {
		return 1
	}
	return min(runtime.GOMAXPROCS(0), 4, maxParts)
}

const maxParts = 255

// buildKeys makes every row's key once, in parallel parts, each part
// appending to its own arena. The 8 Num bytes are dropped from every key
// when all Nums are equal (text columns), so that they cost no pass.
func buildKeys(rows []int32, key keyer, stop func() bool) ([]ent, [][]byte, bool) {
	es := make([]ent, len(rows))
	w := keyWorkers(len(rows))
	parts := make([]keyPart, w)
	var (
		wg     sync.WaitGroup
		panics panicBox
	)
	for i := range parts {
		lo, hi := len(rows)*i/w, len(rows)*(i+1)/w
		wg.Go(func() {
			defer panics.catch()
			parts[i].build(uint8(i), rows[lo:hi], es[lo:hi], key, stop)
		})
	}
	wg.Wait()
	panics.rethrow()
	arenas := make([][]byte, w)
	lo, hi := parts[0].minNum, parts[0].maxNum
	for i, p := range parts {
		if p.stopped {
			return nil, nil, false
		}
		arenas[i] = p.arena
		lo, hi = min(lo, p.minNum), max(hi, p.maxNum)
	}
	if lo == hi {
		for i := range es {
			es[i].off += 8
			es[i].n -= 8
		}
	}
	return es, arenas, true
}

// maxArena bounds a part's arena so that offsets fit in uint32; keys past
// it are cut to their Num (unreachable in practice: 4 GB of keys).
const maxArena = 1<<32 - 1

type keyPart struct {
	arena          []byte
	minNum, maxNum int64
	stopped        bool
}

func (p *keyPart) build(part uint8, rows []int32, es []ent, key keyer, stop func() bool) {
	p.arena = make([]byte, 0, min(len(rows), sample)*64)
	for i, r := range rows {
		if stop != nil && i%stopEvery == 0 && stop() {
			p.stopped = true
			return
		}
		if i == sample {
			p.reserve(len(rows))
		}
		start := len(p.arena)
		var num int64
		p.arena, num = key(p.arena, int(r))
		if len(p.arena) > maxArena {
			p.arena = p.arena[:start+8]
		}
		es[i] = ent{off: uint32(start), n: uint32(len(p.arena) - start), row: r, part: part}
		if i == 0 || num < p.minNum {
			p.minNum = num
		}
		if i == 0 || num > p.maxNum {
			p.maxNum = num
		}
	}
}

// sample is how many keys are made before the arena is sized for all:
// growing a big arena by doubling would copy it over and over.
const sample = 1024

func (p *keyPart) reserve(rows int) {
	want := len(p.arena) / sample * rows
	want += want/8 + 64
	if want > cap(p.arena) {
		a := make([]byte, len(p.arena), want)
		copy(a, p.arena)
		p.arena = a
	}
}

// cycleSort moves the sort to the next (d=1) or previous (d=-1) sortable
// shown column; past the last comes the natural order.
func (m *Model) cycleSort(d int) bool {
	n := len(m.cols) + 1 // slot len(cols) stands for the natural order
	cur := m.sortCol
	if cur < 0 {
		cur = len(m.cols)
	}
	for i := 1; i <= n; i++ {
		c := ((cur+d*i)%n + n) % n
		if c == len(m.cols) {
			m.sortCol, m.desc = -1, false
			return true
		}
		if m.cols[c].Key != nil && m.lay.width(c) > 0 {
			m.sortCol, m.desc = c, false
			return true
		}
	}
	return false
}

// panicBox carries a panic (a bad Key function) from a worker goroutine to
// the goroutine that waits for it, where Bubble Tea's recovery of command
// panics catches it instead of the whole process dying.
type panicBox struct {
	mu sync.Mutex
	v  any
}

func (p *panicBox) catch() {
	if r := recover(); r != nil {
		p.mu.Lock()
		if p.v == nil {
			p.v = r
		}
		p.mu.Unlock()
	}
}

func (p *panicBox) rethrow() {
	if p.v != nil {
		panic(p.v)
	}
}
