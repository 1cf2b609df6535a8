package vtable

import (
	"reflect"
	"slices"
	"sync"
	"sync/atomic"
)

// Orders shares sort orders between tables: the order of a Versioned
// Source's rows by a column and direction is made once per data version,
// by the first table that asks, and every other table asking meanwhile
// waits for it instead of sorting too (issue 16: fifty sessions pressing
// `s` on the same column pay for one sort). An order of a new version is
// patched from the order of an older one when the Source knows the rows
// that changed between them (ChangedSince), and built in full otherwise
// (an import), once for all.
//
// Orders keeps, for each (Source type, column, direction), the orders of
// the last few versions, and the Sources they were made from (a store
// snapshot shares every unchanged part with the next one, so the older
// one costs little). The orders are shared and read-only.
type Orders struct {
	mu    sync.Mutex
	lines map[lineKey][]*orderEntry
	keep  int
	// epochs counts, per Source type, the new data versions asked for,
	// and newest is the newest of them: a line not asked for during
	// sweepAge epochs is dropped (sweep).
	epochs map[reflect.Type]uint64
	newest map[reflect.Type]uint64

	builds, patches, shared atomic.Int64
}

// NewOrders makes an empty set of shared orders.
func NewOrders() *Orders {
	return &Orders{lines: map[lineKey][]*orderEntry{}, keep: ordersKeep,
		epochs: map[reflect.Type]uint64{}, newest: map[reflect.Type]uint64{}}
}

// ordersKeep is how many versions of an order a line keeps: the newest
// and the one before, from which sessions that have not caught up yet
// (their feed waits 100 ms) still patch.
const ordersKeep = 2

// defaultOrders is shared by every table of the process that was not given
// its own (WithOrders), so that every SSH session of a server shares it.
var defaultOrders = NewOrders()

// WithOrders makes the table share its orders through o (default: one set
// for the whole process); nil: never share.
func WithOrders(o *Orders) Option { return func(m *Model) { m.orders = o } }

// OrderStats counts, since the Orders were made, the orders built in full,
// those patched from an older version, and the requests answered with an
// order another request made (waiting for it if it was being made).
type OrderStats struct{ Builds, Patches, Shared int64 }

// Stats returns the counts so far.
func (o *Orders) Stats() OrderStats {
	return OrderStats{Builds: o.builds.Load(), Patches: o.patches.Load(), Shared: o.shared.Load()}
}

type lineKey struct {
	typ  reflect.Type
	line uint64 // VersionLine
	col  int
	desc bool
}

func keyOf(src Source, col int, desc bool) lineKey {
	k := lineKey{typ: reflect.TypeOf(src), col: col, desc: desc}
	if l, ok := src.(VersionLiner); ok {
		k.line = l.VersionLine()
	}
	return k
}

type orderEntry struct {
	ver uint64
	// src is the Source the order was made from, from which a newer
	// version's order is patched; nil once a newer order of the line is
	// made (then only tables still showing ver use rows).
	src  Source
	used uint64        // the epoch of the Source type when last asked for
	rows []int32       // set before done is closed; nil if making it failed
	done chan struct{} // closed once rows is set
}

// get returns the order of src by column col, shared, or nil if it could
// not be made (a Key panicked: the caller then sorts by itself, where the
// panic reaches Bubble Tea's recovery).
func (o *Orders) get(src Source, v Versioned, col int, desc bool) []int32 {
	k := keyOf(src, col, desc)
	ver := v.DataVersion()
	o.mu.Lock()
	epoch := o.epoch(k.typ, ver)
	line := o.lines[k]
	for _, e := range line {
		if e.ver == ver {
			e.used = epoch
			o.mu.Unlock()
			o.shared.Add(1)
			<-e.done
			return e.rows
		}
	}
	var base *orderEntry
	var changed []int32
	for _, e := range line {
		if e.src == nil {
			continue
		}
		if rows, ok := v.ChangedSince(e.ver); ok && (base == nil || e.ver > base.ver) {
			base, changed = e, rows
		}
	}
	e := &orderEntry{ver: ver, src: src, used: epoch, done: make(chan struct{})}
	o.add(k, e)
	from := baseOf(base)
	o.mu.Unlock()
	defer close(e.done) // also when a Key panics: waiters then sort by themselves
	e.rows = o.make(src, from, changed, col, desc)
	o.supersede(k, e)
	return e.rows
}

// base is an order to patch from: its rows (once done) and its Source,
// taken under the lock since supersede may let go of it meanwhile.
type base struct {
	e   *orderEntry
	src Source
}

func baseOf(e *orderEntry) base {
	if e == nil {
		return base{}
	}
	return base{e: e, src: e.src}
}

// epoch returns the epoch of type t, counting ver as a new one if it is
// newer than any asked for before. Called with o.mu held.
func (o *Orders) epoch(t reflect.Type, ver uint64) uint64 {
	if ver > o.newest[t] {
		o.newest[t] = ver
		o.epochs[t]++
	}
	return o.epochs[t]
}

// add puts e in line k, keeping the newest versions, and drops the lines
// of the same Source type nobody asked for during sweepAge epochs: no
// table sorts by them any more (every table asks for its line on each new
// snapshot), and a table sorting by them again could not patch from
// orders that many versions old (ChangedSince knows a few ancestors). So
// a column sorted once does not keep an old snapshot alive. Called with
// o.mu held.
func (o *Orders) add(k lineKey, e *orderEntry) {
	o.lines[k] = o.trim(append(o.lines[k], e))
	for lk, line := range o.lines {
		if lk.typ != k.typ || lk == k {
			continue
		}
		last := uint64(0)
		for _, x := range line {
			last = max(last, x.used)
		}
		if last+sweepAge <= e.used {
			delete(o.lines, lk)
		}
	}
}

// sweepAge is how many new versions of a Source type a line may go
// without being asked for before it is dropped.
const sweepAge = 8

// supersede lets go of the Sources of the orders of line k older than e,
// once e is made: a newer version patches from e, never from them (the
// rows stay, for tables that still show their version).
func (o *Orders) supersede(k lineKey, e *orderEntry) {
	if e.rows == nil {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	for _, x := range o.lines[k] {
		if x.ver < e.ver {
			x.src = nil
		}
	}
}

// ready returns the order of src by column col if it is made, or if it
// can be patched now from a made order of an older version (a save: a
// copy of the rows and a few keys, about a millisecond at a million rows),
// which it then shares. It never waits and never builds in full: nil means
// the caller must ask get from a goroutine.
func (o *Orders) ready(src Source, v Versioned, col int, desc bool) []int32 {
	k := keyOf(src, col, desc)
	ver := v.DataVersion()
	o.mu.Lock()
	epoch := o.epoch(k.typ, ver)
	line := o.lines[k]
	var base *orderEntry
	var changed []int32
	for _, e := range line {
		if e.ver == ver {
			e.used = epoch
			o.mu.Unlock()
			select {
			case <-e.done:
				if e.rows != nil {
					o.shared.Add(1)
				}
				return e.rows
			default:
				return nil
			}
		}
		select {
		case <-e.done:
		default:
			continue // being made: not for now
		}
		if e.rows == nil || e.src == nil {
			continue
		}
		if rows, ok := v.ChangedSince(e.ver); ok && len(rows) <= maxReadyChanges && (base == nil || e.ver > base.ver) {
			base, changed = e, rows
		}
	}
	if base == nil {
		o.mu.Unlock()
		return nil
	}
	e := &orderEntry{ver: ver, src: src, used: epoch, done: make(chan struct{})}
	o.add(k, e)
	from := baseOf(base)
	o.mu.Unlock()
	defer close(e.done)
	e.rows = o.make(src, from, changed, col, desc)
	o.supersede(k, e)
	return e.rows
}

// maxReadyChanges bounds the changed rows ready patches in the caller's
// goroutine (the UI's): a bigger change is patched by get, in a command.
const maxReadyChanges = 64

// make builds or patches the order of src.
func (o *Orders) make(src Source, base base, changed []int32, col int, desc bool) []int32 {
	key := srcKeyer(src, col)
	if base.e != nil {
		<-base.e.done
		if base.e.rows != nil {
			o.patches.Add(1)
			old := &ranker{src: base.src, key: srcKeyer(base.src, col), desc: desc}
			nw := &ranker{src: src, key: key, desc: desc}
			rows := patch(base.e.rows, changed, old, nw, nil, false)
			return slices.Clip(rows)
		}
	}
	o.builds.Add(1)
	return buildOrder(src, key, desc, nil)
}

// trim keeps the newest versions of a line.
func (o *Orders) trim(line []*orderEntry) []*orderEntry {
	if len(line) <= o.keep {
		return line
	}
	slices.SortFunc(line, func(a, b *orderEntry) int {
		if a.ver > b.ver {
			return -1
		}
		if a.ver < b.ver {
			return 1
		}
		return 0
	})
	clear(line[o.keep:])
	return line[:o.keep]
}
