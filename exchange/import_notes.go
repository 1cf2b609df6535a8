package exchange

import (
	"fmt"
	"strings"

	"khuyencong/i18n"
	"khuyencong/model"
)

// NoteKind says what the importer did with a cell besides reading it.
type NoteKind uint8

const (
	// NoteGuessed: a value guessed (the legal form from the name); Cell is
	// what it was guessed from.
	NoteGuessed NoteKind = iota + 1
	// NoteKept: a cell that fits none of a list's values was kept as text
	// in the field Into, and the list's field left empty.
	NoteKept
	// NoteGuessedKept: the cell is part of one value's name, which was
	// taken as a guess, and the cell's text was kept in Into as well.
	NoteGuessedKept
	// NoteDeletedRef: the cell names a record that is deleted; the link is
	// made (an export with deleted references imports again), and check
	// will report it until the record is restored or the link changed.
	NoteDeletedRef
	// NoteConverted: an address recorded before 1/7/2025 was converted to
	// its one new commune (Value); Cell is the old address.
	NoteConverted
	// NoteUnitChoice: the old address went into several new communes
	// (Value lists them); the row is imported without one, for a person to
	// choose (`units convert`, the app's review screen).
	NoteUnitChoice
	// NoteUnitUnknown: the old address names no unit the table knows
	// (Value says why); it is kept as written.
	NoteUnitUnknown
)

// RowNote is one thing done to a row that the user should look over.
type RowNote struct {
	Kind  NoteKind
	Field string    // the field set or left empty
	Cell  string    // the cell's text (or the name a guess was made from)
	Value [2]string // the value set, in Vietnamese and English ("" = none)
	Into  string    // the free-text field the cell was kept in
}

// NoteGroup is the rows that got the same note.
type NoteGroup struct {
	RowNote
	Count int
	Rows  []int // the first few
}

// noteRowsShown is how many row numbers a note lists.
const noteRowsShown = 8

// In renders the group for a user.
func (g NoteGroup) In(l i18n.Lang) string {
	rows := make([]string, len(g.Rows))
	for i, r := range g.Rows {
		rows[i] = fmt.Sprint(r)
	}
	list := strings.Join(rows, ", ")
	if g.Count > len(g.Rows) {
		list += ", …"
	}
	v := g.Value[0]
	if l == i18n.EN {
		v = g.Value[1]
	}
	field := model.FieldLabel(g.Field, l)
	switch g.Kind {
	case NoteGuessed:
		return l.T(MsgNoteGuessed, field, v, g.Cell, g.Count, list)
	case NoteKept:
		return l.T(MsgNoteKept, g.Cell, field, model.FieldLabel(g.Into, l), g.Count, list)
	case NoteDeletedRef:
		return l.T(MsgNoteDeletedRef, g.Cell, field, g.Count, list)
	case NoteConverted:
		return l.T(MsgNoteConverted, g.Cell, v, g.Count, list)
	case NoteUnitChoice:
		return l.T(MsgNoteUnitChoice, g.Cell, v, g.Count, list)
	case NoteUnitUnknown:
		return l.T(MsgNoteUnitUnknown, g.Cell, v, g.Count, list)
	default:
		return l.T(MsgNoteGuessedKept, g.Cell, field, v, model.FieldLabel(g.Into, l), g.Count, list)
	}
}

// maxNoteGroups bounds the notes of a file with many distinct cells.
const maxNoteGroups = 200

// note adds a row's notes to the result, grouped.
func (in *importer) note(row int, ns []RowNote) {
	res := in.res
	for _, n := range ns {
		k := n
		if n.Kind == NoteGuessed {
			k.Cell = "" // one group per value guessed, not per name
		}
		i, ok := in.noteIndex[k]
		if !ok {
			if len(res.Notes) >= maxNoteGroups {
				res.NotesLeftOut++
				continue
			}
			if in.noteIndex == nil {
				in.noteIndex = map[RowNote]int{}
			}
			i = len(res.Notes)
			in.noteIndex[k] = i
			res.Notes = append(res.Notes, NoteGroup{RowNote: n})
		}
		g := &res.Notes[i]
		g.Count++
		if len(g.Rows) < noteRowsShown {
			g.Rows = append(g.Rows, row)
		}
	}
}
