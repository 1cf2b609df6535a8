package vtable

// layout is the width of each column at the current table width.
type layout struct {
	widths []int // per column; 0 = hidden
	x      []int // start of each column, after the marker
	pad    int   // trailing cells no column takes (no Flex column)
}

func (l layout) width(c int) int {
	if c < 0 || c >= len(l.widths) {
		return 0
	}
	return l.widths[c]
}

// minWidth is how narrow a column may get before columns are hidden.
func minWidth(c Column) int {
	pref := max(c.Width, 1)
	switch {
	case c.MinWidth > 0:
		return min(c.MinWidth, pref)
	case c.Flex:
		return min(pref, 10)
	}
	return pref
}

// computeLayout fits the columns into w cells with one space between
// columns: Flex columns shrink first, then the others down to their
// minimum, then columns are hidden by Priority (lowest first, rightmost on
// ties); spare room goes to the Flex columns.
func computeLayout(cols []Column, w int) layout {
	l := layout{widths: make([]int, len(cols)), x: make([]int, len(cols))}
	if w <= 0 || len(cols) == 0 {
		l.pad = max(w, 0)
		return l
	}
	shown := make([]bool, len(cols))
	for i := range cols {
		shown[i] = true
	}
	for n := len(cols); n > 0; n-- {
		if fit(cols, shown, w, &l) {
			return l
		}
		if n == 1 {
			break
		}
		shown[lowestPriority(cols, shown)] = false
	}
	// A lone column still too wide: cut it to the width.
	for i := range cols {
		if shown[i] {
			l.widths[i] = w
			return l
		}
	}
	return l
}

// fit tries to lay out the shown columns in w cells.
func fit(cols []Column, shown []bool, w int, l *layout) bool {
	need, flex := -1, 0
	for i, c := range cols {
		l.widths[i] = 0
		if shown[i] {
			l.widths[i] = max(c.Width, 1)
			need += l.widths[i] + 1
			if c.Flex {
				flex++
			}
		}
	}
	l.pad = 0
	if need <= w {
		extra := w - need
		if flex == 0 {
			l.pad = extra
		}
		for i, c := range cols {
			if shown[i] && c.Flex {
				add := extra / flex
				if extra%flex > 0 {
					add++
				}
				l.widths[i] += add
				extra -= add
				flex--
			}
		}
		l.place()
		return true
	}
	over := need - w
	over = shrink(cols, shown, l.widths, over, true)
	over = shrink(cols, shown, l.widths, over, false)
	if over > 0 {
		return false
	}
	l.place()
	return true
}

// shrink takes up to over cells from the (non-)Flex shown columns, one
// cell at a time round the columns so that they shrink evenly.
func shrink(cols []Column, shown []bool, widths []int, over int, flex bool) int {
	for over > 0 {
		took := false
		for i, c := range cols {
			if over > 0 && shown[i] && c.Flex == flex && widths[i] > minWidth(c) {
				widths[i]--
				over--
				took = true
			}
		}
		if !took {
			break
		}
	}
	return over
}

func lowestPriority(cols []Column, shown []bool) int {
	low := -1
	for i, c := range cols {
		if shown[i] && (low < 0 || c.Priority <= cols[low].Priority) {
			low = i
		}
	}
	return low
}

func (l *layout) place() {
	x := 0
	for i, w := range l.widths {
		l.x[i] = x
		if w > 0 {
			x += w + 1
		}
	}
}
