package vtable

import (
	"khuyencong/vntext"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func names(m *Model, f *fake) []string {
	var out []string
	for _, r := range m.Rows() {
		out = append(out, f.cells[r][colName])
	}
	return out
}

func TestFilterFindsWithoutDiacritics(t *testing.T) {
	f := newFake(300, 1)
	cases := []struct{ query, want string }{
		{"tan viet", "Công ty TNHH Thương mại và Cơ khí Tân Việt"},
		{"dong", "Hợp tác xã Đông Xuân"},
		{"DONG xuan", "Hợp tác xã Đông Xuân"},
		{"đông", "Hợp tác xã Đông Xuân"},
		{"Tân Việt", "Công ty TNHH Thương mại và Cơ khí Tân Việt"},
	}
	for _, c := range cases {
		m := New(testColumns(f), f)
		m = press(m, "/")
		m = typeText(m, c.query)
		if !m.Filtering() || m.Query() != c.query {
			t.Fatalf("%q: filtering %v, query %q", c.query, m.Filtering(), m.Query())
		}
		if !slices.Contains(names(m, f), c.want) {
			t.Errorf("%q does not find %q", c.query, c.want)
		}
		if got, want := m.Rows(), brute(f, naturalOrder(f), c.query); !slices.Equal(got, want) {
			t.Errorf("%q: %d rows, want %d", c.query, len(got), len(want))
		}
	}
}

func TestFilterFindsNFDText(t *testing.T) {
	f := newFake(50, 1)
	m := typeText(press(New(testColumns(f), f), "/"), "may tre dan dong")
	found := false
	for _, n := range names(m, f) {
		found = found || vntext.Fold(n) == "co so may tre dan dong xuan"
	}
	if !found {
		t.Fatalf("NFD name not found: %q", names(m, f))
	}
}

func TestFilterKeys(t *testing.T) {
	f := newFake(300, 1)
	m := press(New(testColumns(f), f), "/")
	m = typeText(m, "tan viet")
	m = press(m, "enter")
	if m.Filtering() || m.Query() != "tan viet" {
		t.Fatalf("enter: filtering %v query %q", m.Filtering(), m.Query())
	}
	// Keys are commands again: j moves instead of typing.
	m = press(m, "j")
	if m.Query() != "tan viet" {
		t.Fatalf("j typed into a kept filter: %q", m.Query())
	}
	m = press(m, "/", "ctrl+w")
	if m.Query() != "tan " {
		t.Fatalf("ctrl+w: %q", m.Query())
	}
	m = press(m, "backspace", "backspace")
	if m.Query() != "ta" {
		t.Fatalf("backspace: %q", m.Query())
	}
	m = press(m, "ctrl+u")
	if m.Query() != "" || len(m.Rows()) != 300 {
		t.Fatalf("ctrl+u: %q, %d rows", m.Query(), len(m.Rows()))
	}
	m = typeText(m, "dong")
	m = press(m, "esc")
	if m.Filtering() || m.Query() != "" || len(m.Rows()) != 300 {
		t.Fatalf("esc: filtering %v query %q rows %d", m.Filtering(), m.Query(), len(m.Rows()))
	}
	// esc outside the input clears a kept filter.
	m = typeText(press(m, "/"), "dong")
	m = press(m, "enter", "esc")
	if m.Query() != "" {
		t.Fatalf("esc on kept filter: %q", m.Query())
	}
}

// TestNarrowingEqualsRescan types random queries with edits and checks
// after every key that the (narrowed) result equals a full rescan, both
// synchronously and with every scan in a goroutine.
func TestNarrowingEqualsRescan(t *testing.T) {
	f := newFake(400, 2)
	f.skip[5], f.skip[77] = true, true
	frags := []string{"t", "a", "n", " ", "v", "i", "e", "t", "d", "o", "ng", "x", "u", "â", "Đ", "co", " ", "h"}
	for _, async := range []int{0, 10} {
		rng := rand.New(rand.NewPCG(3, uint64(async)))
		m := press(New(testColumns(f), f, WithAsyncThreshold(async)), "/")
		for step := range 3000 {
			switch k := rng.IntN(10); {
			case k == 0:
				m = press(m, "backspace")
			case k == 1 && step%5 == 0:
				m = press(m, "ctrl+w")
			case k == 2 && step%11 == 0:
				m = press(m, "ctrl+u")
			default:
				m = typeText(m, frags[rng.IntN(len(frags))])
			}
			if want := brute(f, naturalOrder(f), m.Query()); !slices.Equal(m.Rows(), want) {
				t.Fatalf("async %d, step %d, query %q: %d rows, want %d", async, step, m.Query(), len(m.Rows()), len(want))
			}
		}
	}
}

// TestAsyncFirstPage checks that with the scan in a goroutine the first
// page shows at once, the count says it is pending, a stale result is
// dropped and the final one lands.
func TestAsyncFirstPage(t *testing.T) {
	f := newFake(300, 1)
	m := New(testColumns(f), f, WithAsyncThreshold(10))
	m.SetSize(80, 10)
	m, _ = m.Update(keyMsg("/"))
	m, stale := m.Update(keyMsg("d"))
	if stale == nil || !m.Busy() {
		t.Fatal("no goroutine for a large scan")
	}
	m, cmd := m.Update(keyMsg("o"))
	if n := len(m.Rows()); n == 0 || n > 8 || !m.Busy() {
		t.Fatalf("first page has %d rows, busy %v", n, m.Busy())
	}
	if !strings.Contains(m.View(), "đang lọc…") {
		t.Fatalf("no busy indicator:\n%s", m.View())
	}
	if msg := stale(); msg != nil { // superseded: stops or is dropped
		m, _ = m.Update(msg)
	}
	if !m.Busy() {
		t.Fatal("stale result was taken")
	}
	m = drain(m, cmd)
	if m.Busy() || !slices.Equal(m.Rows(), brute(f, naturalOrder(f), "do")) {
		t.Fatalf("final result: busy %v, %d rows", m.Busy(), len(m.Rows()))
	}
}

func TestResultOfAnotherTableIgnored(t *testing.T) {
	f := newFake(300, 1)
	a := New(testColumns(f), f, WithAsyncThreshold(10))
	b := New(testColumns(f), f, WithAsyncThreshold(10))
	a, _ = a.Update(keyMsg("/"))
	_, cmd := a.Update(keyMsg("x"))
	b, _ = b.Update(cmd())
	if len(b.Rows()) != 300 {
		t.Fatalf("b took a's result: %d rows", len(b.Rows()))
	}
}

func TestNarrows(t *testing.T) {
	cases := []struct {
		prev, next string
		ok         bool
		need       string
	}{
		{"tan", "tan", true, ""},
		{"tan", "tanv", true, "tanv"},
		{"tan", "tan v", true, "v"},
		{"tan v", "tan vi", true, "vi"},
		{"tan vi", "tan v", false, ""},
		{"tan", "ta", false, ""},
		{"tan viet", "viet tan", false, ""},
		{"", "a", true, "a"},
	}
	for _, c := range cases {
		need, ok := narrows(strings.Fields(c.prev), strings.Fields(c.next), nil)
		if ok != c.ok || (ok && strings.Join(need, " ") != c.need) {
			t.Errorf("narrows(%q, %q) = %q, %v", c.prev, c.next, need, ok)
		}
	}
}

// A narrow result of a big table keeps no more room than it needs once
// complete, and keeping the filter (enter) lets go of the spare buffer:
// fifty filtered sessions of a million rows must not hold 4 MB each.
func TestFilterResultTrimmed(t *testing.T) {
	f := newFake(300, 1)
	for f.Len() < 3*trimMin { // a big table, cheap to make: the fake's rows repeated
		f.add(f.cells[f.Len()%300][colName], "")
	}
	m := press(New(testColumns(f), f), "/")
	m = typeText(m, "tan viet")
	if got, want := m.Rows(), brute(f, naturalOrder(f), "tan viet"); !slices.Equal(got, want) || len(want) == 0 {
		t.Fatalf("%d rows, want %d", len(got), len(want))
	}
	if c := cap(m.Rows()); c > 2*len(m.Rows())+trimMin {
		t.Fatalf("result of %d rows keeps room for %d", len(m.Rows()), c)
	}
	m = press(m, "enter")
	if len(m.pool.free) != 0 {
		t.Fatalf("%d spare buffers kept after enter", len(m.pool.free))
	}
	m = press(m, "/", "backspace") // "tan vie": a wider query, a new scan
	m = typeText(m, "t")
	if got, want := m.Rows(), brute(f, naturalOrder(f), "tan viet"); !slices.Equal(got, want) {
		t.Fatalf("after editing the kept filter: %d rows, want %d", len(got), len(want))
	}
}

// A big base in a sort's order is scanned in ascending row order and
// comes back in its own order, as a plain scan gives it; a stop is heard.
func TestScanScatteredBase(t *testing.T) {
	f := newFake(300, 1)
	for f.Len() < scatteredMin+1000 {
		f.add(f.cells[f.Len()%300][colName], "")
	}
	base := naturalOrder(f)
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(base), func(i, j int) { base[i], base[j] = base[j], base[i] })
	base = base[:len(base)-7] // not every row
	for _, q := range []string{"tan viet", "xa", "khong co dau"} {
		got, ok := scan(f, base, nil, parseQuery(q), nil)
		if want := brute(f, base, q); !ok || !slices.Equal(got, want) {
			t.Fatalf("%q: %d rows, want %d", q, len(got), len(want))
		}
	}
	calls := 0
	if _, ok := scan(f, base, nil, parseQuery("xa"), func() bool { calls++; return calls > 1 }); ok {
		t.Fatal("scan went on after stop")
	}
}
