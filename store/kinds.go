package store

import (
	"khuyencong/i18n"
	"khuyencong/model"
)

// kindDesc is what the store does differently for each kind of record: its
// bucket and codec, its search text, its fields as the audit trail shows
// them, its unique key and its references. The store walks kinds through
// these instead of switching on them; the typed hot paths (Table[T],
// unpack, FacilityBriefs) do not go through it.
type kindDesc struct {
	kind   model.Kind
	bucket []byte
	index  []byte // its unique index, nil if it has none

	owns   func(model.Record) bool // r is a non-nil record of the kind
	decode func([]byte) (model.Record, error)
	encode func(*writer, model.Record)
	clone  func(model.Record) model.Record
	fields func(model.Record) []field
	unique func(model.Record) (key, value, field string)
	refs   func(model.Record, []ref) []ref
	// rules checks a create (old nil) or update against other records
	// and the actor's role, inside the write.
	rules func(w *wtx, old, new model.Record) error
	empty func() anyTable
	load  func(*Store, *Snapshot) (anyTable, error)
	apply func(*snapEdit, model.Record)
}

// ref is a record's reference to another, and the message that refuses it
// when the other does not exist.
type ref struct {
	to      model.Kind
	id      model.ID
	missing i18n.Key
}

// recordPtr is the pointer to a record type: *model.Facility for
// model.Facility.
type recordPtr[T any] interface {
	*T
	model.Record
}

// kindSpec is a kind's entry, typed; desc makes the untyped kindDesc.
type kindSpec[T any, P recordPtr[T]] struct {
	kind   model.Kind
	index  []byte
	dec    func(*reader, P) error
	enc    func(*writer, P)
	fields func(P) []field
	// unique is the record's key in index ("" for none), the value as the
	// user typed it and the field's name.
	unique func(P) (key, value, field string)
	refs   func(P, []ref) []ref
	// text builds the search text; names looks up the other kinds, which
	// come earlier in the registry.
	text func(*textBuf, P, namer)
	// apply puts a committed record into the snapshot being built; nil is
	// a plain put with its text.
	apply func(*snapEdit, P)
	// rules are the kind's checks against other records and the actor's
	// role (a locked score sheet); nil for none.
	rules func(w *wtx, old, new P) error
}

// namer answers the lookups a search text needs from other kinds.
type namer interface {
	facilityName(model.ID) string
	projectCode(model.ID) string
	communeName(code string) string
}

func (s kindSpec[T, P]) desc() *kindDesc {
	d := &kindDesc{kind: s.kind, bucket: []byte(s.kind.String()), index: s.index}
	d.owns = func(r model.Record) bool { v, ok := r.(P); return ok && v != nil }
	d.decode = func(b []byte) (model.Record, error) {
		r, v := newReader(b), P(new(T))
		return v, s.dec(r, v)
	}
	d.encode = func(w *writer, r model.Record) { s.enc(w, r.(P)) }
	d.clone = func(r model.Record) model.Record { c := *r.(P); return P(&c) }
	d.fields = func(r model.Record) []field { return s.fields(r.(P)) }
	d.unique = func(r model.Record) (string, string, string) {
		if s.unique == nil {
			return "", "", ""
		}
		return s.unique(r.(P))
	}
	d.refs = func(r model.Record, out []ref) []ref {
		if s.refs == nil {
			return out
		}
		return s.refs(r.(P), out)
	}
	d.rules = func(w *wtx, old, r model.Record) error {
		if s.rules == nil {
			return nil
		}
		o, _ := old.(P)
		return s.rules(w, o, r.(P))
	}
	d.empty = func() anyTable { return &Table[T]{} }
	d.load = func(st *Store, snap *Snapshot) (anyTable, error) {
		return loadTable(st, snap.dict, s.kind, func(r *reader, v *T) error { return s.dec(r, v) },
			func(tb *textBuf, v *T) { s.text(tb, v, snap) })
	}
	d.apply = func(e *snapEdit, r model.Record) {
		v := r.(P)
		if s.apply != nil {
			s.apply(e, v)
			return
		}
		s.text(&e.tb, v, e)
		editOf[T](e, s.kind).put((*T)(v), &e.tb)
	}
	return d
}

// descs indexes the kinds the store keeps (storeKinds) by model.Kind. It
// is set by init: the descriptors' functions refer back to it.
var descs []*kindDesc

func init() { descs = indexDescs() }

func indexDescs() []*kindDesc {
	var idx []*kindDesc
	for _, d := range storeKinds() {
		for len(idx) <= int(d.kind) {
			idx = append(idx, nil)
		}
		idx[d.kind] = d
	}
	return idx
}

// descOf is the kind's descriptor, nil for a kind the store does not keep
// as records (users and settings have their own buckets).
func descOf(k model.Kind) *kindDesc {
	if int(k) < len(descs) {
		return descs[k]
	}
	return nil
}

// recordDesc is the descriptor of r's kind, nil unless r is a non-nil
// record of a kind the store keeps.
func recordDesc(r model.Record) *kindDesc {
	if r == nil {
		return nil
	}
	if d := descOf(r.Kind()); d != nil && d.owns(r) {
		return d
	}
	return nil
}
