package vtable

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// vfake is a fake that is one version of a line of versions: a Versioned
// Source, as a store table is, with the rows changed at each step.
type vfake struct {
	*fake
	line  *vline
	ver   uint64
	steps int // how many of line.steps lead to this version
}

// vline is the history of versions: steps[i] is the rows changed from
// version vers[i] to vers[i+1].
type vline struct {
	vers  []uint64
	steps [][]int32
}

var fakeVersions atomic.Uint64

func newVline(f *fake) *vfake {
	l := &vline{vers: []uint64{fakeVersions.Add(1)}}
	return &vfake{fake: f, line: l, ver: l.vers[0]}
}

// next makes the next version: f changed in rows.
func (v *vfake) next(f *fake, rows []int32) *vfake {
	l := v.line
	l.vers = append(l.vers, fakeVersions.Add(1))
	l.steps = append(l.steps, rows)
	return &vfake{fake: f, line: l, ver: l.vers[len(l.vers)-1], steps: len(l.steps)}
}

func (v *vfake) DataVersion() uint64 { return v.ver }

// ChangedSince knows the last 8 steps, as the store does.
func (v *vfake) ChangedSince(ver uint64) ([]int32, bool) {
	var out []int32
	for i := v.steps; i >= max(0, v.steps-8); i-- {
		if v.line.vers[i] == ver {
			slices.Sort(out)
			return slices.Compact(out), true
		}
		if i > 0 {
			out = append(out, v.line.steps[i-1]...)
		}
	}
	return nil, false
}

func (v *vfake) Listed() []int32 { return naturalOrder(v.fake) }

// mutate changes a few random rows of a copy of f: renames, deletes,
// restores and appends, and returns the copy and the rows changed.
func mutate(f *fake, rng *rand.Rand, n int) (*fake, []int32) {
	g := f.clone()
	var rows []int32
	for range n {
		switch op := rng.IntN(5); {
		case op == 0:
			g.add(fmt.Sprintf("Cơ sở mới %d", rng.IntN(1000)), districts[rng.IntN(len(districts))])
			rows = append(rows, int32(g.Len()-1))
		case op == 1:
			r := rng.IntN(g.Len())
			g.skip[r] = !g.skip[r]
			rows = append(rows, int32(r))
		default:
			r := rng.IntN(g.Len())
			name := prefixes[rng.IntN(len(prefixes))] + " " + places[rng.IntN(len(places))]
			g.cells[r][colName] = name
			g.cells[r][colWorkers] = fmt.Sprint(rng.IntN(50))
			g.text[r] = parseQueryText(name, g.cells[r][colDistrict])
			rows = append(rows, int32(r))
		}
	}
	return g, rows
}

func parseQueryText(name, district string) string {
	return strings.Join(parseQuery(name+" "+district), " ")
}

// TestIncrementalEqualsRebuild: after random renames, deletes, restores
// and appends, a table that follows the versions with SetSource (its order
// shared and patched, its filter result patched) shows exactly what a new
// table over the last version shows, for every sort and filter.
func TestIncrementalEqualsRebuild(t *testing.T) {
	queries := []string{"", "cong", "dong xuan", "co so moi", "an"}
	for _, async := range []int{0, 50} {
		for seed := range uint64(6) {
			rng := rand.New(rand.NewPCG(seed, 16))
			o := NewOrders()
			src := newVline(newFake(400, seed))
			col, desc := int(seed%5)-1, seed%2 == 1
			if col == colCapital {
				col = colWorkers
			}
			q := queries[seed%uint64(len(queries))]
			m := New(testColumns(src.fake), src, WithOrders(o), WithAsyncThreshold(async))
			m = drain(m, m.SetSort(col, desc))
			m = typeText(press(m, "/"), q)
			m = press(m, "enter")
			for step := range 40 {
				g, rows := mutate(src.fake, rng, 1+rng.IntN(4))
				src = src.next(g, rows)
				if step%7 == 3 { // sessions sometimes skip versions
					g, rows = mutate(src.fake, rng, 2)
					src = src.next(g, rows)
				}
				m = drain(m, m.SetSource(src))
				ref := New(testColumns(src.fake), src, WithOrders(nil), WithAsyncThreshold(0))
				ref.SetSort(col, desc)
				ref = typeText(press(ref, "/"), q)
				if !slices.Equal(m.Rows(), ref.Rows()) {
					t.Fatalf("async %d seed %d step %d (sort %d %v, %q): %d rows, want %d",
						async, seed, step, col, desc, q, len(m.Rows()), len(ref.Rows()))
				}
				if shown, total := m.Count(); shown != len(ref.Rows()) || total != len(naturalOrder(src.fake)) {
					t.Fatalf("count %d of %d", shown, total)
				}
			}
			if st := o.Stats(); col >= 0 && (st.Builds != 1 || st.Patches < 40) {
				t.Fatalf("seed %d: %+v, want one build and a patch per version", seed, st)
			}
		}
	}
}

// TestSharedOrderBuiltOnce: fifty tables sorting the same version by the
// same column at once make one order between them, and share it.
func TestSharedOrderBuiltOnce(t *testing.T) {
	o := NewOrders()
	src := newVline(newFake(3000, 9))
	tables := make([]*Model, 50)
	for i := range tables {
		tables[i] = New(testColumns(src.fake), src, WithOrders(o), WithAsyncThreshold(100))
	}
	// Every table asks before any command runs: a command that finished
	// first would leave the later tables a made order, and no command.
	cmds := make([]tea.Cmd, len(tables))
	for i, m := range tables {
		cmds[i] = m.SetSort(colName, false)
	}
	var wg sync.WaitGroup
	for i, m := range tables {
		wg.Go(func() { // the commands run at once, as fifty sessions' would
			m.Update(cmds[i]())
		})
	}
	wg.Wait()
	want := wantSorted(src.fake, naturalOrder(src.fake), colName, false)
	for i, m := range tables {
		if !slices.Equal(m.Rows(), want) {
			t.Fatalf("table %d: order differs", i)
		}
		if &m.Rows()[0] != &tables[0].Rows()[0] {
			t.Fatalf("table %d holds its own copy of the order", i)
		}
	}
	if st := o.Stats(); st.Builds != 1 || st.Shared != 49 {
		t.Fatalf("%+v, want one build shared by the 49 others", st)
	}
	// A new version with two rows changed: one patch, shared again.
	g, rows := mutate(src.fake, rand.New(rand.NewPCG(1, 2)), 2)
	next := src.next(g, rows)
	for _, m := range tables {
		drain(m, m.SetSource(next))
	}
	if st := o.Stats(); st.Builds != 1 || st.Patches != 1 {
		t.Fatalf("after a save: %+v, want still one build and one patch", st)
	}
}

// TestSharedOrderUnknownChanges: a version that does not know its changes
// (an import) is sorted in full, once.
func TestSharedOrderUnknownChanges(t *testing.T) {
	o := NewOrders()
	src := newVline(newFake(500, 3))
	m := New(testColumns(src.fake), src, WithOrders(o), WithAsyncThreshold(0))
	m = drain(m, m.SetSort(colDistrict, true))
	g := newFake(600, 4)
	other := newVline(g) // a new line: no changes known
	m = drain(m, m.SetSource(other))
	if want := wantSorted(g, naturalOrder(g), colDistrict, true); !slices.Equal(m.Rows(), want) {
		t.Fatal("order after an unknown change differs")
	}
	if st := o.Stats(); st.Builds != 2 || st.Patches != 0 {
		t.Fatalf("%+v, want two builds", st)
	}
}

// TestSaveNeedsNoCommand: after a small change, SetSource patches the
// shared order (or takes the natural order) and the filter result at once,
// so no command runs and the screen is drawn once per save; a large change
// still goes to a command.
func TestSaveNeedsNoCommand(t *testing.T) {
	for _, col := range []int{-1, colName} {
		o := NewOrders()
		src := newVline(newFake(2000, 5))
		m := New(testColumns(src.fake), src, WithOrders(o), WithAsyncThreshold(100))
		m = drain(m, m.SetSort(col, false))
		m = press(typeText(press(m, "/"), "cong"), "enter")
		rng := rand.New(rand.NewPCG(5, 5))
		g, rows := mutate(src.fake, rng, 3)
		src = src.next(g, rows)
		if cmd := m.SetSource(src); cmd != nil {
			t.Fatalf("sort %d: a save of 3 rows needs a command", col)
		}
		if m.Busy() {
			t.Fatalf("sort %d: busy after a patch", col)
		}
		g, rows = mutate(src.fake, rng, maxReadyChanges+20)
		src = src.next(g, rows)
		if cmd := m.SetSource(src); cmd == nil {
			t.Fatalf("sort %d: a change of %d rows patched in Update", col, len(rows))
		} else {
			m = drain(m, cmd)
		}
		ref := New(testColumns(src.fake), src, WithOrders(nil), WithAsyncThreshold(0))
		ref.SetSort(col, false)
		ref = typeText(press(ref, "/"), "cong")
		if !slices.Equal(m.Rows(), ref.Rows()) {
			t.Fatalf("sort %d: %d rows, a rebuild has %d", col, len(m.Rows()), len(ref.Rows()))
		}
	}
}

// TestOrdersBounded: a line keeps the orders of the last versions only,
// so old snapshots are not held forever.
func TestOrdersBounded(t *testing.T) {
	o := NewOrders()
	src := newVline(newFake(200, 1))
	rng := rand.New(rand.NewPCG(3, 3))
	for range 10 {
		o.get(src, src, colName, false)
		g, rows := mutate(src.fake, rng, 1)
		src = src.next(g, rows)
	}
	for k, line := range o.lines {
		if len(line) > ordersKeep {
			t.Fatalf("line %v keeps %d orders, want at most %d", k, len(line), ordersKeep)
		}
	}
}

// panicky is a versioned source whose sort keys panic (a bad adapter).
type panicky struct{ *vfake }

func (panicky) SortKey(int, int) SortKey { panic("bad key") }

// TestOrdersKeyPanic: a sort whose keys panic does not leave the tables
// waiting for it hanging: the next request gets nil at once and sorts by
// itself, where the panic reaches Bubble Tea's recovery.
func TestOrdersKeyPanic(t *testing.T) {
	o := NewOrders()
	src := panicky{newVline(newFake(100, 2))}
	get := func() (rows []int32, panicked bool) {
		defer func() { panicked = recover() != nil }()
		return o.get(src, src, colName, false), false
	}
	if _, p := get(); !p {
		t.Fatal("the key's panic was swallowed")
	}
	done := make(chan []int32)
	go func() { rows, _ := get(); done <- rows }()
	select {
	case rows := <-done:
		if rows != nil {
			t.Fatal("an order from panicking keys")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a request waits for an order that will never be made")
	}
}
