package audit

import (
	"strings"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
	"khuyencong/vntext"
)

// auditSource shows a query's entries (a slice of at most auditLimit that
// is never changed once loaded).
type auditSource struct {
	c  *kit.Session
	es []store.AuditEntry
}

func (s auditSource) Len() int      { return len(s.es) }
func (s auditSource) Skip(int) bool { return false }

func (s auditSource) Text(i int) string {
	e := &s.es[i]
	return vntext.Fold(e.Actor + " " + s.Record(e) + " " + s.changes(e))
}

func (s auditSource) Cell(i, col int) string {
	e := &s.es[i]
	switch col {
	case 0:
		return e.At.In(s.c.Config.Time().Location()).Format("02/01/2006 15:04")
	case 1:
		return e.Actor
	case 2:
		return opLabel(s.c, e.Op)
	case 3:
		return s.Record(e)
	case 4:
		return s.changes(e)
	}
	return ""
}

func (s auditSource) SortKey(i, col int) vtable.SortKey {
	if col == 0 {
		return vtable.SortKey{Num: int64(s.es[i].Seq)}
	}
	return vtable.SortKey{Str: vntext.SortKey(s.Cell(i, col))}
}

// Record names the entry's record: "Cơ sở #12 Tân Việt".
func (s auditSource) Record(e *store.AuditEntry) string {
	if e.ID == 0 {
		return kindLabel(s.c, e.Kind)
	}
	ref := kindLabel(s.c, e.Kind) + " #" + kit.GroupInt(int64(e.ID))
	snap := s.c.Snap
	switch e.Kind {
	case model.KindFacility:
		if f, ok := snap.Facilities().Get(e.ID); ok {
			ref += " " + f.Name
		}
	case model.KindProject:
		if p, ok := snap.Projects().Get(e.ID); ok {
			ref += " " + p.Code
		}
	}
	return ref
}

// changes is "field: old → new; …", or the entry's note (imports).
func (s auditSource) changes(e *store.AuditEntry) string {
	parts := make([]string, 0, len(e.Changes)+1)
	arrow := " → "
	if s.c.Styles.Ascii {
		arrow = " -> "
	}
	for _, ch := range e.Changes {
		label := model.FieldLabel(ch.Field, s.c.Lang)
		if label == "field."+ch.Field {
			label = kindNamed(s.c, ch.Field) // an import's count per kind
		}
		switch {
		case ch.Old == "":
			parts = append(parts, label+": "+ch.New)
		default:
			parts = append(parts, label+": "+ch.Old+arrow+ch.New)
		}
	}
	if e.Note != "" {
		parts = append(parts, e.Note)
	}
	return strings.Join(parts, "; ")
}

func opLabel(c *kit.Session, op store.Op) string {
	switch op {
	case store.OpCreate:
		return c.T(MsgOpCreate)
	case store.OpUpdate:
		return c.T(MsgOpUpdate)
	case store.OpDelete:
		return c.T(MsgOpDelete)
	case store.OpRestore:
		return c.T(MsgOpRestore)
	case store.OpImport:
		return c.T(MsgOpImport)
	case store.OpUser:
		return c.T(MsgOpUser)
	case store.OpSettings:
		return c.T(MsgOpSettings)
	}
	return "?"
}

func kindLabel(c *kit.Session, k model.Kind) string {
	switch k {
	case model.KindFacility:
		return c.T(kit.MsgTabFacilities)
	case model.KindProject:
		return c.T(kit.MsgTabProjects)
	case model.KindAllocation:
		return c.T(MsgKindAllocation)
	case model.KindPayment:
		return c.T(MsgKindPayment)
	case model.KindUser:
		return c.T(MsgKindUser)
	case model.KindSettings:
		return c.T(MsgKindSettings)
	}
	if ki, ok := k.Info(); ok && ki.One != "" {
		return c.T(ki.One) // kinds added since: their registry name
	}
	return ""
}

// kindNamed is the label of a kind given by its name ("facility"), or the
// name itself.
func kindNamed(c *kit.Session, name string) string {
	for _, k := range model.Kinds {
		if k.String() == name {
			return kindLabel(c, k)
		}
	}
	return name
}
