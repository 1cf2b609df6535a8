package vtable

import (
	"fmt"
	"khuyencong/vntext"
	"math/rand/v2"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"golang.org/x/text/unicode/norm"
)

// fake is a Source of facility-like rows held in memory.
type fake struct {
	cells [][5]string // name, district, tax code, workers, capital
	text  []string
	skip  []bool
}

const (
	colName = iota
	colDistrict
	colTax
	colWorkers
	colCapital
)

func (f *fake) Len() int                  { return len(f.cells) }
func (f *fake) Text(r int) string         { return f.text[r] }
func (f *fake) Cell(r, c int) string      { return f.cells[r][c] }
func (f *fake) Skip(r int) bool           { return f.skip[r] }
func (f *fake) add(name, district string) { f.addRow(name, district, len(f.cells)) }

func (f *fake) addRow(name, district string, i int) {
	tax := fmt.Sprintf("01%08d", 1000003*i%100000000)
	workers := fmt.Sprint(5 + i*37%400)
	capital := string(appendGrouped(nil, (i*7919%5000+1)*1_000_000))
	f.cells = append(f.cells, [5]string{name, district, tax, workers, capital})
	f.text = append(f.text, vntext.Fold(name+" "+district+" "+tax))
	f.skip = append(f.skip, false)
}

// clone copies the rows, so that a changed copy can stand for new data.
func (f *fake) clone() *fake {
	return &fake{
		cells: append([][5]string(nil), f.cells...),
		text:  append([]string(nil), f.text...),
		skip:  append([]bool(nil), f.skip...),
	}
}

var (
	prefixes  = []string{"Công ty TNHH", "Hợp tác xã", "Cơ sở", "Doanh nghiệp tư nhân", "Công ty cổ phần", "Tổ hợp tác"}
	trades    = []string{"Thương mại và Cơ khí", "Dệt may", "Mây tre đan", "Gốm sứ", "Chế biến nông sản", "Mộc mỹ nghệ", "Sơn mài", "Ăn uống"}
	places    = []string{"Tân Việt", "Đông Xuân", "Ánh Dương", "Bình Minh", "An Phú", "Ân Thi", "Ăn Hòa", "Ưng Hiển", "Đại Đồng", "Quỳnh Lưu"}
	districts = []string{"Đông Anh", "Gia Lâm", "Thạch Thất", "Ứng Hòa", "Phú Xuyên", "Ba Vì"}
	surnames  = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"}
	middles   = []string{"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quang", "Ngọc", "Xuân", "Thu", "Hồng", "Công"}
	givens    = []string{"An", "Anh", "Bình", "Chi", "Cường", "Dũng", "Duyên", "Đạt", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngọc", "Phong", "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thắng", "Thảo", "Trang", "Trung", "Tú", "Tuấn", "Uyên", "Việt", "Vinh", "Yến"}
)

// newFake makes n rows; every seventh name is stored in NFD, as some
// imported files have it.
func newFake(n int, seed uint64) *fake {
	f := &fake{}
	f.add("Công ty TNHH Thương mại và Cơ khí Tân Việt", "Đông Anh")
	f.add("Hợp tác xã Đông Xuân", "Gia Lâm")
	f.add(norm.NFD.String("Cơ sở Mây tre đan Đông Xuân"), "Ứng Hòa")
	rng := rand.New(rand.NewPCG(seed, 7))
	for i := len(f.cells); i < n; i++ {
		name := prefixes[rng.IntN(len(prefixes))] + " " + trades[rng.IntN(len(trades))] + " " + places[rng.IntN(len(places))]
		if rng.IntN(2) == 0 { // household businesses go by the owner's name
			name = prefixes[2+rng.IntN(2)] + " " + trades[rng.IntN(len(trades))] + " " + surnames[rng.IntN(len(surnames))] + " " +
				middles[rng.IntN(len(middles))] + " " + givens[rng.IntN(len(givens))]
		}
		if i%7 == 0 {
			name = norm.NFD.String(name)
		}
		f.addRow(name, districts[rng.IntN(len(districts))], i)
	}
	return f
}

func textKey(f *fake, c int) func(int) SortKey {
	return func(r int) SortKey { return SortKey{Str: vntext.SortKey(f.cells[r][c])} }
}

// SortKey makes fake a KeySource, so that keys follow SetSource.
func (f *fake) SortKey(r, c int) SortKey {
	if c == colWorkers {
		var n int64
		fmt.Sscan(f.cells[r][colWorkers], &n)
		return SortKey{Num: n}
	}
	return SortKey{Str: vntext.SortKey(f.cells[r][c])}
}

// plain hides fake's SortKey, so that the table uses Column.Key.
type plain struct{ f *fake }

func (p plain) Len() int             { return p.f.Len() }
func (p plain) Text(r int) string    { return p.f.Text(r) }
func (p plain) Cell(r, c int) string { return p.f.Cell(r, c) }
func (p plain) Skip(r int) bool      { return p.f.Skip(r) }

// testColumns are the fake's columns; their Key closures read f, so they
// are right only while the table shows f (see plain).
func testColumns(f *fake) []Column {
	return []Column{
		{Title: "Tên cơ sở", Width: 30, MinWidth: 12, Flex: true, Priority: 10, Key: textKey(f, colName)},
		{Title: "Huyện", Width: 12, MinWidth: 8, Priority: 5, Key: textKey(f, colDistrict)},
		{Title: "Mã số thuế", Width: 14, Priority: 3, Key: textKey(f, colTax)},
		{Title: "Lao động", Width: 8, Priority: 4, Align: lipgloss.Right, Key: func(r int) SortKey {
			var n int64
			fmt.Sscan(f.cells[r][colWorkers], &n)
			return SortKey{Num: n}
		}},
		{Title: "Vốn (đ)", Width: 16, Priority: 1, Align: lipgloss.Right},
	}
}

// keyMsg builds the key press that msg.String() reports as s.
func keyMsg(s string) tea.KeyPressMsg {
	named := map[string]rune{
		"up": tea.KeyUp, "down": tea.KeyDown, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
		"home": tea.KeyHome, "end": tea.KeyEnd, "enter": tea.KeyEnter, "esc": tea.KeyEscape,
		"backspace": tea.KeyBackspace,
	}
	if c, ok := named[s]; ok {
		return tea.KeyPressMsg{Code: c}
	}
	if c, ok := strings.CutPrefix(s, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: rune(c[0]), Mod: tea.ModCtrl}
	}
	if s == " " {
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// press sends keys (names or single characters) and runs the commands to
// completion, as the Bubble Tea loop would.
func press(m *Model, keys ...string) *Model {
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(keyMsg(k))
		m = drain(m, cmd)
	}
	return m
}

// typeText types each rune of s.
func typeText(m *Model, s string) *Model {
	for _, r := range s {
		m = press(m, string(r))
	}
	return m
}

func drain(m *Model, cmd tea.Cmd) *Model {
	for cmd != nil {
		msg := cmd()
		if msg == nil {
			return m
		}
		m, cmd = m.Update(msg)
	}
	return m
}

// brute is the reference filter: every listed row, in order, whose text
// has every folded word of q.
func brute(f *fake, order []int32, q string) []int32 {
	words := strings.Fields(vntext.Fold(q))
	out := []int32{}
	for _, r := range order {
		if !f.skip[r] && matchAll(f.text[r], words) {
			out = append(out, r)
		}
	}
	return out
}

func naturalOrder(f *fake) []int32 {
	out := []int32{}
	for r := range f.cells {
		if !f.skip[r] {
			out = append(out, int32(r))
		}
	}
	return out
}
