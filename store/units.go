package store

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"

	"khuyencong/dvhc"
	"khuyencong/model"
)

// The unit table in force: the shipped official files, or the ones an
// admin imported since (bucket "units", one gzip-compressed file per part,
// named after the file's shape). Only replaced parts are stored.
var bucketUnits = []byte("units")

// readUnits builds the table from the stored parts and the shipped ones.
// Without stored parts it is the process's shared default table.
func readUnits(tx KVTx) (*dvhc.Table, error) {
	b := tx.Bucket(bucketUnits)
	if b == nil || emptyBucket(b) {
		return dvhc.Default()
	}
	src, err := dvhc.ShippedSources()
	if err != nil {
		return nil, err
	}
	for _, p := range unitParts(&src) {
		raw := b.Get([]byte(p.shape))
		if raw == nil {
			continue
		}
		if *p.data, err = gunzipBytes(raw); err != nil {
			return nil, fmt.Errorf("units %s: %w", p.shape, err)
		}
	}
	return dvhc.Build(src)
}

type unitPart struct {
	shape string
	data  *[]byte
}

func unitParts(src *dvhc.Sources) []unitPart {
	return []unitPart{{dvhc.ShapeProvinces, &src.Provinces}, {dvhc.ShapeOld, &src.Old},
		{dvhc.ShapeConversion, &src.Conversion}}
}

func gunzipBytes(raw []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

func gzipBytes(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Units is the unit table in force (the latest snapshot's).
func (s *Store) Units() *dvhc.Table { return s.snap.Load().Units }

// communeName is the search text's name of a commune (namer).
func (s *Snapshot) communeName(code string) string { return unitName(s.Units, code) }

func (e *snapEdit) communeName(code string) string { return unitName(e.base.Units, code) }

func unitName(t *dvhc.Table, code string) string {
	if t == nil || code == "" {
		return ""
	}
	if c, ok := t.Commune(code); ok {
		return c.Name
	}
	return ""
}

// checkUnits refuses an address whose codes the table in force does not
// know, or a commune outside its province. A code the record already had is
// kept even if a newer table dropped it: `units import` refuses to orphan
// records, but one imported before this check must stay editable.
func (w *wtx) checkUnits(old, new model.Record) error {
	f, ok := new.(*model.Facility)
	if !ok || f.Deleted {
		return nil
	}
	var had model.Address
	if o, ok := old.(*model.Facility); ok {
		had = o.Address
	}
	return addressProblems(w.s.snap.Load().Units, &f.Address, &had)
}

func addressProblems(t *dvhc.Table, a, had *model.Address) error {
	var ps model.Problems
	add := func(field string, k model.Error) { ps = append(ps, model.Problem{Field: field, Err: &k}) }
	if a.ProvinceCode != "" && a.ProvinceCode != had.ProvinceCode {
		if _, ok := t.Province(a.ProvinceCode); !ok {
			add("province", model.Error{Key: MsgStoreNoProvince, Args: []any{a.ProvinceCode}})
		}
	}
	if a.CommuneCode != "" && (a.CommuneCode != had.CommuneCode || a.ProvinceCode != had.ProvinceCode) {
		c, ok := t.Commune(a.CommuneCode)
		switch {
		case !ok:
			add("commune", model.Error{Key: MsgStoreNoCommune, Args: []any{a.CommuneCode}})
		case c.Province != a.ProvinceCode:
			add("commune", model.Error{Key: MsgStoreCommuneElsewhere,
				Args: []any{c.Name, t.ProvinceLabel(c.Province)}})
		}
	}
	if o := a.Before.CommuneCode; o != "" && o != had.Before.CommuneCode {
		if _, ok := t.Old(o); !ok {
			add("old_commune", model.Error{Key: MsgStoreNoOldCommune, Args: []any{o}})
		}
	}
	if len(ps) > 0 {
		return ps
	}
	return nil
}

// ReplaceUnits replaces one part of the unit table with a newer official
// file of the same shape (see dvhc.Sources). The file is refused when it
// does not parse, when the table it makes does not hold together, or when
// it lacks a code a live record uses. Admins only; audited.
func (s *Store) ReplaceUnits(a Actor, data []byte) (shape string, err error) {
	if err := s.allow(a, permSettings); err != nil {
		return "", err
	}
	shape = dvhc.Shape(data)
	if shape == "" {
		return "", model.Errorf(dvhc.MsgUnknownShape, dvhc.ShapeProvinces, dvhc.ShapeOld, dvhc.ShapeConversion)
	}
	err = s.write(a, permSettings, func(w *wtx) error {
		t, err := replacedTable(w.tx, shape, data)
		if err != nil {
			return err
		}
		if err := orphans(w.s.snap.Load(), t); err != nil {
			return err
		}
		return w.putUnits(shape, data, t)
	})
	return shape, err
}

// replacedTable is the table with one part replaced by data.
func replacedTable(tx KVTx, shape string, data []byte) (*dvhc.Table, error) {
	src, err := dvhc.ShippedSources()
	if err != nil {
		return nil, err
	}
	b := tx.Bucket(bucketUnits)
	for _, p := range unitParts(&src) {
		if p.shape == shape {
			*p.data = data
		} else if raw := b.Get([]byte(p.shape)); raw != nil {
			if *p.data, err = gunzipBytes(raw); err != nil {
				return nil, fmt.Errorf("units %s: %w", p.shape, err)
			}
		}
	}
	return dvhc.Build(src)
}

func (w *wtx) putUnits(shape string, data []byte, t *dvhc.Table) error {
	b, err := w.bucket(bucketUnits)
	if err != nil {
		return err
	}
	old := w.s.snap.Load().Units
	before, after := unitCounts(old), unitCounts(t)
	if prev := b.Get([]byte(shape)); prev != nil {
		if was, err := gunzipBytes(prev); err == nil && bytes.Equal(was, data) {
			return model.Errorf(MsgStoreUnitsSame, shape)
		}
	}
	z, err := gzipBytes(data)
	if err != nil {
		return fmt.Errorf("units %s: %w", shape, err)
	}
	if err := b.Put([]byte(shape), z); err != nil {
		return fmt.Errorf("units %s: %w", shape, err)
	}
	w.units = t
	return w.audit(AuditEntry{Op: OpSettings, Kind: model.KindSettings,
		Changes: []Change{{Field: "units", Old: before, New: after}}, Note: shape}, false)
}

func unitCounts(t *dvhc.Table) string {
	if t == nil {
		return ""
	}
	p, c, o, m := t.Counts()
	return fmt.Sprintf("%d/%d/%d/%d", p, c, o, m)
}

// orphans refuses a table that lacks a code a live facility uses.
func orphans(snap *Snapshot, t *dvhc.Table) error {
	type miss struct {
		n  int
		id model.ID
	}
	missing := map[string]*miss{}
	var first string
	note := func(code string, id model.ID) {
		m := missing[code]
		if m == nil {
			m = &miss{id: id}
			missing[code] = m
			if first == "" {
				first = code
			}
		}
		m.n++
	}
	for f := range FacilityBriefs(snap.Facilities()) {
		a := &f.Address
		if _, ok := t.Province(a.ProvinceCode); a.ProvinceCode != "" && !ok {
			note(a.ProvinceCode, f.ID)
		}
		if _, ok := t.Commune(a.CommuneCode); a.CommuneCode != "" && !ok {
			note(a.CommuneCode, f.ID)
		}
		if _, ok := t.Old(a.Before.CommuneCode); a.Before.CommuneCode != "" && !ok {
			note(a.Before.CommuneCode, f.ID)
		}
	}
	if first == "" {
		return nil
	}
	m := missing[first]
	return model.Errorf(MsgStoreUnitsOrphan, first, m.n, model.KindFacility.String(), m.id)
}

// unitsReplaced publishes a replaced unit table after its commit. The
// communes' names are in the facilities' search texts and in the keys
// their commune column sorts on, so the read model is built again from
// the backend: every table is new and knows no changes, so each reader
// (a session's sorted or filtered list, the shared sort orders) rebuilds
// once with the new names. An admin replaces the official file once in
// years; the writes wait for the load. The caller holds s.mu.
func (s *Store) unitsReplaced(w *wtx) error {
	snap, err := s.load()
	if err != nil {
		// The table is committed: publish it over the old texts, and say so.
		next := s.snap.Load().edit().done(w.seq, w.set)
		next.Units = w.units
		s.snap.Store(next)
		s.feed.send(w.ev)
		return coded(err, err, MsgStoreUnitsReload)
	}
	s.snap.Store(snap)
	s.feed.send(w.ev)
	return nil
}
