package vtable

import (
	"bytes"
	"khuyencong/vntext"
	"math/rand/v2"
	"slices"
	"testing"
)

// wantSorted is the reference: a stable sort of the natural order by the
// column's collation key.
func wantSorted(f *fake, rows []int32, c int, desc bool) []int32 {
	out := slices.Clone(rows)
	slices.SortStableFunc(out, func(a, b int32) int {
		r := bytes.Compare(vntext.SortKey(f.cells[a][c]), vntext.SortKey(f.cells[b][c]))
		if desc {
			r = -r
		}
		return r
	})
	return out
}

func TestSortKeys(t *testing.T) {
	f := newFake(300, 4)
	f.skip[10] = true
	for _, async := range []int{0, 10} {
		m := New(testColumns(f), f, WithAsyncThreshold(async))
		m = press(m, "s")
		if c, d := m.Sort(); c != colName || d {
			t.Fatalf("s: sort %d %v", c, d)
		}
		if want := wantSorted(f, naturalOrder(f), colName, false); !slices.Equal(m.Rows(), want) {
			t.Fatalf("async %d: ascending by name differs", async)
		}
		m = press(m, "r")
		if want := wantSorted(f, naturalOrder(f), colName, true); !slices.Equal(m.Rows(), want) {
			t.Fatalf("async %d: descending by name differs", async)
		}
		m = press(m, "s")
		if c, d := m.Sort(); c != colDistrict || d {
			t.Fatalf("second s: sort %d %v", c, d)
		}
		if want := wantSorted(f, naturalOrder(f), colDistrict, false); !slices.Equal(m.Rows(), want) {
			t.Fatal("by district differs")
		}
		m = press(m, "S", "S")
		if c, _ := m.Sort(); c != -1 || !slices.Equal(m.Rows(), naturalOrder(f)) {
			t.Fatalf("S S: sort %d, natural order %v", c, slices.Equal(m.Rows(), naturalOrder(f)))
		}
	}
}

// TestSortVietnameseOrder checks letters in the Vietnamese alphabet order
// (a ă â b c d đ e ê ... o ô ơ ... u ư), which byte or folded order gets
// wrong.
func TestSortVietnameseOrder(t *testing.T) {
	want := []string{"An", "Ăn", "Ân", "Bình", "Dũng", "Đông", "Em", "Êm", "Ong", "Ông", "Ơn", "Uyên", "Ưng"}
	f := &fake{}
	for _, i := range []int{12, 5, 0, 9, 3, 1, 11, 7, 2, 10, 4, 8, 6} {
		f.add(want[i], "")
	}
	m := press(New(testColumns(f), f), "s")
	if got := names(m, f); !slices.Equal(got, want) {
		t.Errorf("ascending:\n got %q\nwant %q", got, want)
	}
	m = press(m, "r")
	got := names(m, f)
	slices.Reverse(got)
	if !slices.Equal(got, want) {
		t.Errorf("descending reversed:\n got %q\nwant %q", got, want)
	}
}

func TestSortNumbersAndFilter(t *testing.T) {
	f := newFake(300, 5)
	m := press(New(testColumns(f), f), "s", "s", "s", "s") // name, district, tax, workers
	if c, _ := m.Sort(); c != colWorkers {
		t.Fatalf("sort column %d", c)
	}
	m = typeText(press(m, "/"), "dong")
	rows := m.Rows()
	for i := 1; i < len(rows); i++ {
		a, b := testColumns(f)[colWorkers].Key(int(rows[i-1])), testColumns(f)[colWorkers].Key(int(rows[i]))
		if a.Num > b.Num || a.Num == b.Num && rows[i-1] > rows[i] {
			t.Fatalf("rows %d, %d out of order", rows[i-1], rows[i])
		}
	}
	if want := brute(f, rows, "dong"); len(want) != len(rows) || len(rows) == 0 {
		t.Fatalf("filter over sorted rows: %d, want %d", len(rows), len(want))
	}
}

func TestBuildOrderLongKeys(t *testing.T) {
	// Keys longer than 8 bytes, equal prefixes, and one a prefix of another.
	keys := [][]byte{[]byte("abcdefghij"), []byte("abcdefgh"), []byte("abcdefgh\x00"), []byte("abcdefghi"), []byte("ab"), []byte("ab\x00"), nil, []byte("abcdefghij")}
	f := &fake{}
	for range keys {
		f.add("x", "")
	}
	key := func(r int) SortKey { return SortKey{Str: keys[r]} }
	got := buildOrder(f, funcKeyer(key), false, nil)
	want := []int32{6, 4, 5, 1, 2, 3, 0, 7}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v want %v", got, want)
	}
	got = buildOrder(f, funcKeyer(key), true, nil)
	want = []int32{0, 7, 3, 2, 1, 5, 4, 6}
	if !slices.Equal(got, want) {
		t.Fatalf("desc: got %v want %v", got, want)
	}
}

// TestBuildOrderRandom checks the radix sort against a stable comparison
// sort on random keys with long shared prefixes, zero bytes, equal keys
// and Nums, in both directions, on sizes that use one and several workers.
func TestBuildOrderRandom(t *testing.T) {
	for _, n := range []int{0, 1, 2, 47, 49, 300, 5000, 60_000} {
		rng := rand.New(rand.NewPCG(uint64(n), 1))
		f := &fake{}
		keys := make([]SortKey, n)
		for i := range keys {
			f.add("x", "")
			f.skip[i] = rng.IntN(20) == 0
			// Prefixes around the 16 bytes an entry carries inline, so
			// that shared prefixes end before, at and after it.
			prefix := []string{"", "congtytnhh", "congtytnhhthuongmai", "hoptacxa", "a\x00b",
				"hokinhdoanhngu\x00", "hokinhdoanhnguy\x00", "hokinhdoanhnguye\x00", "hokinhdoanhnguyen\x00"}[rng.IntN(9)]
			tail := make([]byte, rng.IntN(12))
			for j := range tail {
				tail[j] = "\x00abcz"[rng.IntN(5)]
			}
			keys[i] = SortKey{Str: append([]byte(prefix), tail...)}
			if n%2 == 1 {
				keys[i].Num = int64(rng.IntN(5) - 2)
			}
		}
		key := func(r int) SortKey { return keys[r] }
		for _, desc := range []bool{false, true} {
			want := naturalOrder(f)
			slices.SortStableFunc(want, func(a, b int32) int {
				c := cmpKey(keys[a], keys[b])
				if desc {
					c = -c
				}
				return c
			})
			if got := buildOrder(f, funcKeyer(key), desc, nil); !slices.Equal(got, want) {
				t.Fatalf("n %d desc %v: order differs", n, desc)
			}
		}
	}
}

func cmpKey(a, b SortKey) int {
	if a.Num != b.Num {
		if a.Num < b.Num {
			return -1
		}
		return 1
	}
	return bytes.Compare(a.Str, b.Str)
}

// appender is the fake with the KeyAppender fast path.
type appender struct{ *fake }

func (a appender) AppendSortKey(dst []byte, r, c int) ([]byte, int64) {
	if c == colWorkers {
		return dst, testColumns(a.fake)[c].Key(r).Num
	}
	return vntext.AppendSortKey(dst, a.cells[r][c]), 0
}

// TestKeyPaths: Column.Key, KeySource and KeyAppender give one order.
func TestKeyPaths(t *testing.T) {
	f := newFake(3000, 9)
	for _, c := range []int{colName, colDistrict, colWorkers} {
		for _, desc := range []bool{false, true} {
			want := wantSorted(f, naturalOrder(f), c, desc)
			if c == colWorkers {
				want = nil
			}
			var first []int32
			for _, src := range []Source{plain{f}, f, appender{f}} {
				m := New(testColumns(f), src)
				m = drain(m, m.SetSort(c, desc))
				if want != nil && !slices.Equal(m.Rows(), want) {
					t.Fatalf("%T column %d desc %v: order differs", src, c, desc)
				}
				if first == nil {
					first = slices.Clone(m.Rows())
				} else if !slices.Equal(m.Rows(), first) {
					t.Fatalf("%T column %d desc %v: order differs from Column.Key", src, c, desc)
				}
			}
		}
	}
}

// listed is the fake with a shared list of rows (Lister).
type listed struct {
	*fake
	rows []int32
}

func (l listed) Listed() []int32 { return l.rows }

func TestListerSharedAndUntouched(t *testing.T) {
	f := newFake(300, 3)
	f.skip[4] = true
	shared := naturalOrder(f)
	keep := slices.Clone(shared)
	m := New(testColumns(f), listed{f, shared})
	if &m.Rows()[0] != &shared[0] {
		t.Fatal("natural order copied instead of shared")
	}
	m = typeText(press(m, "/"), "cong")
	m = press(m, "enter", "s", "r")
	if want := brute(f, wantSorted(f, shared, colName, true), "cong"); !slices.Equal(m.Rows(), want) {
		t.Fatal("filter and sort over a Lister differ")
	}
	m = press(m, "S", "esc") // back to natural order, no filter
	if !slices.Equal(shared, keep) || !slices.Equal(m.Rows(), keep) {
		t.Fatal("the shared rows were written to")
	}
}

// TestSortGoesToTop: after a sort chosen by the user (s, S, r, a header
// click) the view shows the top of the new order; a live update that
// rebuilds the same order keeps the place (issue 18, point 6).
func TestSortGoesToTop(t *testing.T) {
	for _, async := range []int{0, 10} {
		for _, keys := range [][]string{{"s"}, {"s", "r"}, {"S"}} {
			f := newFake(300, 2)
			m := New(testColumns(f), f, WithAsyncThreshold(async))
			m.SetSize(80, 12)
			m = press(m, "pgdown", "pgdown", "down")
			if m.Cursor() == 0 {
				t.Fatal("cursor did not move")
			}
			for _, k := range keys {
				m = press(m, k)
				if m.Cursor() != 0 || m.top != 0 {
					t.Fatalf("async %d after %s: cursor %d top %d, want the top", async, k, m.Cursor(), m.top)
				}
				m = press(m, "pgdown", "down")
			}
			row, _ := m.Selected()
			at := m.Cursor() - m.top
			g := f.clone()
			g.add("Cơ sở Mới", "Ba Vì")
			m = drain(m, m.SetSource(g))
			if r, _ := m.Selected(); r != row || m.Cursor()-m.top != at {
				t.Fatalf("async %d %v: a live update moved the view: row %d at %d, want %d at %d", async, keys, r, m.Cursor()-m.top, row, at)
			}
		}
	}
}
