package vtable

import (
	"math/rand/v2"
	"testing"
)

// lined is a vfake in one of several version lines, as a source that
// lists deleted rows and one that hides them are.
type lined struct {
	*vfake
	line uint64
}

func (x lined) VersionLine() uint64 { return x.line }

// holds reports whether some order of o still holds src.
func holds(o *Orders, src Source) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	for _, line := range o.lines {
		for _, e := range line {
			if e.src == src {
				return true
			}
		}
	}
	return false
}

// TestOrdersLinesApart: two version lines of one Source type sorted by
// the same column (sessions that show deleted rows and sessions that hide
// them) each patch from their own last order, though a newer order lets
// go of the older ones of its line.
func TestOrdersLinesApart(t *testing.T) {
	o := NewOrders()
	rng := rand.New(rand.NewPCG(5, 6))
	f := newFake(300, 2)
	a, b := lined{newVline(f), 0}, lined{newVline(f.clone()), 1}
	for range 10 {
		for _, x := range []*lined{&a, &b} {
			if o.get(*x, *x, colName, false) == nil {
				t.Fatal("no order")
			}
			g, rows := mutate(x.fake, rng, 2)
			x.vfake = x.next(g, rows)
		}
	}
	if st := o.Stats(); st.Builds != 2 || st.Patches != 18 {
		t.Fatalf("stats %+v, want 2 builds (one per line) and 18 patches", st)
	}
}

// TestOrdersLetGoOfOldSources: once a newer order of a line is made, the
// older orders keep their rows but not their Source, so an import (a new
// table that shares nothing with the old one) does not keep the old
// snapshot alive; a patched line lets go of its base too.
func TestOrdersLetGoOfOldSources(t *testing.T) {
	o := NewOrders()
	rng := rand.New(rand.NewPCG(7, 8))
	v1 := newVline(newFake(200, 3))
	o.get(v1, v1, colName, false)
	g, rows := mutate(v1.fake, rng, 3)
	v2 := v1.next(g, rows)
	o.get(v2, v2, colName, false)
	if holds(o, v1) || !holds(o, v2) {
		t.Fatalf("after a patch: holds v1 %v, v2 %v; want only v2", holds(o, v1), holds(o, v2))
	}
	imported := newVline(newFake(250, 4)) // knows nothing of v2
	o.get(imported, imported, colName, false)
	if holds(o, v2) {
		t.Fatal("the order before the import still holds its Source")
	}
	if got := o.get(v2, v2, colName, false); got == nil {
		t.Fatal("a table still on the old version lost its order")
	}
	if st := o.Stats(); st.Builds != 2 || st.Patches != 1 || st.Shared != 1 {
		t.Fatalf("stats %+v, want 2 builds, 1 patch, 1 shared", st)
	}
}

// TestOrdersSweepUnusedLines: a column sorted once and never again is
// dropped after sweepAge new versions, with the snapshot it held; the
// lines in use stay.
func TestOrdersSweepUnusedLines(t *testing.T) {
	o := NewOrders()
	rng := rand.New(rand.NewPCG(9, 10))
	src := newVline(newFake(200, 5))
	o.get(src, src, colName, true) // sorted once, descending
	once := src
	for range sweepAge + 1 {
		g, rows := mutate(src.fake, rng, 1)
		src = src.next(g, rows)
		o.get(src, src, colName, false)
	}
	if holds(o, once) {
		t.Fatal("a line nobody sorts by still holds its old Source")
	}
	if len(o.lines) != 1 {
		t.Fatalf("%d lines, want the one in use", len(o.lines))
	}
	if st := o.Stats(); st.Builds != 2 || st.Patches != sweepAge+0 {
		t.Fatalf("stats %+v, want 2 builds and %d patches", st, sweepAge)
	}
}
