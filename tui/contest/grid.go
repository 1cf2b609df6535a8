package contest

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/vntext"
)

// Grid is the score grid of one round: a row per entry, a column per
// council member, each cell one member's sheet of one entry. A cell is
// typed as the criteria groups' scores separated by spaces ("25 35 15 8")
// and shows the sheet's total; tab and shift+tab move along the cells,
// ctrl+s saves every changed cell, each as its own write, so that two
// people scoring different members never conflict.
type Grid struct {
	c       *kit.Session
	round   *model.Round
	entries []*model.Entry
	cells   [][]cell // [entry][member]
	Row     int
	Col     int
	fresh   bool // the next digit typed replaces the cell
	top     int
	leaving bool // esc once with unsaved cells
	note    string
	noteBad bool
	saving  bool
}

type cell struct {
	sheet *model.ScoreSheet // the stored sheet, nil before one exists
	text  string
	dirty bool
	err   string
}

// NewGrid opens the grid over the round's live entries and sheets.
func NewGrid(c *kit.Session, r *model.Round) *Grid {
	g := &Grid{c: c, round: r, fresh: true}
	snap := c.Latest()
	g.entries = store.EntriesOfRound(snap, r.ID)
	g.cells = make([][]cell, len(g.entries))
	for i := range g.cells {
		g.cells[i] = make([]cell, len(r.Council))
	}
	g.reload(snap)
	return g
}

// Session lets OpenModal open the grid at once (type-ahead reaches it).
func (g *Grid) Session() *kit.Session { return g.c }

// reload takes the stored sheets. A cell being typed keeps its text and
// the version it was typed over, so that saving it over someone else's
// newer save is a conflict, not a silent overwrite.
func (g *Grid) reload(snap *store.Snapshot) {
	byKey := map[[2]string]*model.ScoreSheet{}
	for _, s := range store.SheetsOfRound(snap, g.round.ID) {
		byKey[[2]string{strconv.Itoa(int(s.Entry)), fold(s.Member)}] = s
	}
	for i, e := range g.entries {
		for j, m := range g.round.Council {
			c := &g.cells[i][j]
			if c.dirty {
				continue
			}
			c.sheet = byKey[[2]string{strconv.Itoa(int(e.ID)), fold(m)}]
			c.text = scoresText(c.sheet)
		}
	}
}

func scoresText(s *model.ScoreSheet) string {
	if s == nil {
		return ""
	}
	parts := make([]string, len(s.Scores))
	for i, v := range s.Scores {
		parts[i] = strconv.Itoa(int(v))
	}
	return strings.Join(parts, " ")
}

// parse reads a cell's text as the round's scores; ok is false unless
// there is one whole number per criterion, each within its maximum.
func (g *Grid) parse(text string) ([]int32, bool) {
	fs := strings.Fields(text)
	cs := g.round.Rules.Criteria
	if len(fs) != len(cs) {
		return nil, false
	}
	out := make([]int32, len(fs))
	for i, f := range fs {
		n, err := strconv.Atoi(f)
		if err != nil || n < 0 || n > int(cs[i].Max) {
			return nil, false
		}
		out[i] = int32(n)
	}
	return out, true
}

func (g *Grid) dirtyCount() int {
	n := 0
	for _, row := range g.cells {
		for _, c := range row {
			if c.dirty {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Update(msg tea.Msg) (kit.Modal, tea.Cmd) {
	switch msg := msg.(type) {
	case kit.RefreshMsg:
		g.reload(g.c.Latest())
	case gridSavedMsg:
		return g, g.saved(msg)
	case tea.KeyPressMsg:
		return g.key(msg)
	}
	return g, nil
}

func (g *Grid) key(msg tea.KeyPressMsg) (kit.Modal, tea.Cmd) {
	if msg.String() != "esc" {
		g.leaving = false
	}
	switch msg.String() {
	case "esc":
		if n := g.dirtyCount(); n > 0 && !g.leaving {
			g.leaving = true
			g.note, g.noteBad = g.c.T(MsgGridUnsaved, n), true
			return g, nil
		}
		return nil, nil
	case "ctrl+s":
		return g, g.save()
	case "tab", "right":
		g.move(1)
	case "shift+tab", "left":
		g.move(-1)
	case "down", "enter":
		g.moveRow(1)
	case "up":
		g.moveRow(-1)
	case "backspace":
		c := &g.cells[g.Row][g.Col]
		if r := []rune(c.text); len(r) > 0 {
			c.text = string(r[:len(r)-1])
			c.dirty = c.text != scoresText(c.sheet)
		}
		g.fresh = false
	default:
		if t := msg.Text; t != "" && strings.Trim(t, "0123456789 ") == "" {
			g.typeText(t)
		}
	}
	return g, nil
}

func (g *Grid) typeText(t string) {
	c := &g.cells[g.Row][g.Col]
	if g.fresh {
		c.text = ""
		g.fresh = false
	}
	c.text += t
	c.dirty = c.text != scoresText(c.sheet)
	c.err = ""
}

// move goes d cells along the rows (tab order), moveRow d rows down.
func (g *Grid) move(d int) {
	n := len(g.round.Council)
	i := g.Row*n + g.Col + d
	total := len(g.entries) * n
	i = ((i % total) + total) % total
	g.Row, g.Col, g.fresh = i/n, i%n, true
}

func (g *Grid) moveRow(d int) {
	g.Row = min(max(g.Row+d, 0), len(g.entries)-1)
	g.fresh = true
}

// gridSavedMsg reports each cell's write.
type gridSavedMsg struct{ results []cellResult }

type cellResult struct {
	row, col int
	sheet    *model.ScoreSheet
	err      error
}

// save writes every changed cell that reads as scores; a cell that does
// not is marked and not written.
func (g *Grid) save() tea.Cmd {
	if g.saving {
		return nil
	}
	var todo []cellResult
	for i, row := range g.cells {
		for j := range row {
			c := &g.cells[i][j]
			if !c.dirty {
				continue
			}
			scores, ok := g.parse(c.text)
			if !ok {
				c.err = g.c.T(MsgGridBad, len(g.round.Rules.Criteria))
				continue
			}
			s := &model.ScoreSheet{Round: g.round.ID, Entry: g.entries[i].ID, Member: g.round.Council[j]}
			if c.sheet != nil {
				cp := *c.sheet
				s = &cp
			}
			s.Scores = scores
			todo = append(todo, cellResult{row: i, col: j, sheet: s})
		}
	}
	if len(todo) == 0 {
		if g.dirtyCount() > 0 {
			g.note, g.noteBad = g.c.T(MsgGridFailed, 0, g.dirtyCount(), g.c.T(MsgGridBad, len(g.round.Rules.Criteria))), true
		} else {
			g.note, g.noteBad = g.c.T(MsgGridNothing), false
		}
		return nil
	}
	g.saving = true
	st, a := g.c.Config.Store, g.c.Config.Actor
	return func() tea.Msg {
		for k := range todo {
			r := &todo[k]
			if r.sheet.ID == 0 {
				r.err = st.Create(a, r.sheet)
			} else {
				r.err = st.Update(a, r.sheet)
			}
		}
		return gridSavedMsg{results: todo}
	}
}

func (g *Grid) saved(msg gridSavedMsg) tea.Cmd {
	g.saving, g.fresh = false, true
	ok, failed, first := 0, 0, ""
	for _, r := range msg.results {
		c := &g.cells[r.row][r.col]
		if r.err != nil {
			failed++
			c.err = g.c.ErrorStatus(r.err).Text
			if first == "" {
				first = c.err
			}
			// Someone saved the sheet first: what they saved is now the
			// base, so a second ctrl+s, after reading the message, saves
			// over it on purpose.
			var ce *store.ConflictError
			var de *store.DuplicateError
			switch {
			case errors.As(r.err, &ce) && c.sheet != nil:
				c.sheet, _ = store.TableOf[model.ScoreSheet](g.c.Latest()).Get(c.sheet.ID)
			case errors.As(r.err, &de):
				// Both typed a sheet that did not exist yet: the other
				// saved first, which is the usual conflict, said as such.
				c.sheet, _ = store.TableOf[model.ScoreSheet](g.c.Latest()).Get(de.ID)
				if c.sheet != nil {
					was := c.err
					c.err = g.c.ErrorStatus(&store.ConflictError{By: c.sheet.UpdatedBy, At: c.sheet.UpdatedAt, Version: c.sheet.Version}).Text
					if first == was {
						first = c.err
					}
				}
			}
			continue
		}
		ok++
		c.sheet, c.dirty, c.err = r.sheet, false, ""
		c.text = scoresText(r.sheet)
	}
	g.reload(g.c.Latest())
	if failed > 0 {
		g.note, g.noteBad = g.c.T(MsgGridFailed, ok, failed, first), true
		return kit.Say(kit.LevelError, g.note)
	}
	g.note, g.noteBad = g.c.T(MsgGridSaved, ok), false
	return kit.Say(kit.LevelInfo, g.note)
}

func (g *Grid) KeyMap() help.KeyMap {
	l := g.c.Lang
	return kit.KeyList{Short: []key.Binding{
		kit.Bind(l, MsgKeyCell, "tab/shift+tab", "tab", "shift+tab"),
		kit.Bind(l, MsgKeyType, "0-9 ␣", "0"),
		kit.Bind(l, kit.MsgKeySave, "ctrl+s", "ctrl+s"),
		kit.Bind(l, kit.MsgKeyClose, "esc", "esc"),
	}}
}

func fold(s string) string { return vntext.Fold(s) }

// cellTotal is the total a cell's text gives, for the grid and the
// live average.
func (g *Grid) cellTotal(c cell) (int32, bool) {
	scores, ok := g.parse(c.text)
	if !ok {
		return 0, false
	}
	var t int32
	for _, v := range scores {
		t += v
	}
	return t, true
}

func maxText(cs []model.Criterion) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprint(c.Max)
	}
	return strings.Join(parts, " ")
}
