package store

import (
	"encoding/binary"
	"iter"
	"runtime"
	"unsafe"

	"khuyencong/model"
)

// The read model keeps each record packed in one string rather than as a
// Go struct: a facility struct is 336 bytes and twelve string headers
// before its text, and a million of them kept the server at 545 MB. A
// packed row is
//
//	flags byte | uvarint length of the search text | search text | record
//
// where the record is in the codec's format with repeated strings as
// dictionary numbers (see dict). Rows live in large arena blocks; decoding
// one makes its strings substrings of the row, so it copies no text. The
// heap then holds one pointer per row instead of fourteen, which also
// makes a garbage collection with a million records cheap.

const (
	rowDeleted = 1 << 0
	rowShared  = 1 << 1 // the search text has shared parts
)

// packer packs rows; each load worker and the writer have their own.
type packer struct {
	w   writer
	buf []byte
}

func newPacker(d *dict) *packer { return &packer{w: writer{dc: newDictCache(d)}} }

// pack returns the packed row of r with the search text in tb (nil: none);
// the slice is reused by the next call.
func (p *packer) pack(r model.Record, tb *textBuf) []byte {
	p.w.b = p.w.b[:0]
	if err := encodeTo(&p.w, r); err != nil {
		panic(err) // unreachable: Table only holds the four record kinds
	}
	var flags byte
	if r.Header().Deleted {
		flags |= rowDeleted
	}
	p.buf = p.appendText(append(p.buf[:0], flags), tb)
	p.buf = append(p.buf, p.w.b...)
	return p.buf
}

// appendText appends the search text to a row that has its flags byte:
//
//	uvarint length | own text | [rowShared: count byte | uvarint numbers]
//
// where the numbers are the shared parts' in the dictionary.
func (p *packer) appendText(b []byte, tb *textBuf) []byte {
	if tb == nil {
		return append(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(tb.b)))
	b = append(b, tb.b...)
	if len(tb.shared) == 0 {
		return b
	}
	b[0] |= rowShared
	at := len(b)
	b = append(b, 0)
	for rest := tb.shared; len(rest) > 0 && b[at] < 255; b[at]++ {
		n, w := binary.Uvarint(rest)
		part := rest[w : w+int(n)]
		rest = rest[w+int(n):]
		b = binary.AppendUvarint(b, uint64(p.w.dc.ref(unsafe.String(unsafe.SliceData(part), len(part)))))
	}
	return b
}

// rowText splits a packed row into its own search text and its record
// bytes.
func rowText(row string) (text, rec string) {
	text, _, rec = rowSplit(row)
	return text, rec
}

// rowSplit splits a packed row into its own search text, the numbers of
// its shared parts (count byte, uvarints; "" for none) and its record.
func rowSplit(row string) (text, shared, rec string) {
	if row == "" {
		return "", "", ""
	}
	n, w := binary.Uvarint(unsafeBytes(row[1:]))
	if w <= 0 || n > uint64(len(row)-1-w) {
		return "", "", ""
	}
	start := 1 + w
	text, rest := row[start:start+int(n)], row[start+int(n):]
	if row[0]&rowShared == 0 || rest == "" {
		return text, "", rest
	}
	end := 1
	for k := 0; k < int(rest[0]); k++ {
		_, w := binary.Uvarint(unsafeBytes(rest[end:]))
		if w <= 0 {
			return text, "", ""
		}
		end += w
	}
	return text, rest[:end], rest[end:]
}

// sharedParts yields the shared parts' numbers from rowSplit's shared.
func sharedParts(shared string, yield func(id uint32) bool) {
	if shared == "" {
		return
	}
	at := 1
	for range int(shared[0]) {
		id, w := binary.Uvarint(unsafeBytes(shared[at:]))
		at += w
		if !yield(uint32(id)) {
			return
		}
	}
}

// withText is row with its search text replaced.
func (p *packer) withText(row string, tb *textBuf) string {
	_, _, rec := rowSplit(row)
	p.buf = p.appendText(append(p.buf[:0], row[0]&^rowShared), tb)
	return string(append(p.buf, rec...))
}

// unpack decodes a packed row into v, which it overwrites entirely. The
// rows are packed by this package from records it validated, so a failure
// is a bug; the record then reads as a deleted one rather than a panic.
func unpack[T any](row string, names []string, v *T) {
	_, rec := rowText(row)
	r := reader{b: unsafeBytes(rec), s: rec, names: names}
	// Each case names its type: a call through the Record interface would
	// make v escape, and every Load would allocate.
	switch x := any(v).(type) {
	case *model.Facility:
		*x = model.Facility{}
		if decodeFacility(&r, x) != nil {
			*x = model.Facility{Meta: broken(x.Meta)}
		}
	case *model.Project:
		*x = model.Project{}
		if decodeProject(&r, x) != nil {
			*x = model.Project{Meta: broken(x.Meta)}
		}
	case *model.Allocation:
		*x = model.Allocation{}
		if decodeAllocation(&r, x) != nil {
			*x = model.Allocation{Meta: broken(x.Meta)}
		}
	case *model.Payment:
		*x = model.Payment{}
		if decodePayment(&r, x) != nil {
			*x = model.Payment{Meta: broken(x.Meta)}
		}
	case *model.Round:
		*x = model.Round{}
		if decodeRound(&r, x) != nil {
			*x = model.Round{Meta: broken(x.Meta)}
		}
	case *model.Entry:
		*x = model.Entry{}
		if decodeEntry(&r, x) != nil {
			*x = model.Entry{Meta: broken(x.Meta)}
		}
	case *model.ScoreSheet:
		*x = model.ScoreSheet{}
		if decodeScoreSheet(&r, x) != nil {
			*x = model.ScoreSheet{Meta: broken(x.Meta)}
		}
	case *model.Step:
		*x = model.Step{}
		if decodeStep(&r, x) != nil {
			*x = model.Step{Meta: broken(x.Meta)}
		}
	case *model.Programme:
		*x = model.Programme{}
		if decodeProgramme(&r, x) != nil {
			*x = model.Programme{Meta: broken(x.Meta)}
		}
	}
}

func broken(m model.Meta) model.Meta { return model.Meta{ID: m.ID, Deleted: true} }

func header[T any](v *T) *model.Meta { return any(v).(model.Record).Header() }

func unsafeBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// FacilityName is row i's name (0 <= i < t.Len()), read without decoding
// the rest of the row.
func FacilityName(t *Table[model.Facility], i int) string {
	_, rec := rowText(t.rows.at(i))
	r := reader{b: unsafeBytes(rec), s: rec, names: t.names}
	return facilityName(&r)
}

// facilityNameOf is the name of the facility with the ID, "" if there is
// none.
func facilityNameOf(t *Table[model.Facility], id model.ID) string {
	if id == 0 || int(id) > t.Len() {
		return ""
	}
	return FacilityName(t, int(id)-1)
}

// FacilityBriefs yields the live facilities with only their ID, Name,
// LegalForm, TaxCode, TradeGroup, Products, Address, CraftVillage,
// Employees and AvgIncome set: what a pass over every facility for the
// summaries reads. It skips the meta's times and the contact fields, about
// 30% of a whole row's decoding, and a big table is decoded by every core
// in blocks while the caller reads the blocks before, in ID order. The
// record yielded is reused: copy it (*f) to keep it; its strings stay
// valid.
func FacilityBriefs(t *Table[model.Facility]) iter.Seq[*model.Facility] {
	return func(yield func(*model.Facility) bool) {
		workers := runtime.GOMAXPROCS(0)
		if t.rows.n < 4*briefBlock || workers < 2 {
			f := new(model.Facility)
			for i := range t.rows.n {
				if facilityBrief(t, i, f) && !yield(f) {
					return
				}
			}
			return
		}
		briefsParallel(t, workers, briefBlock, yield)
	}
}

// briefBlock is how many rows a worker decodes before handing them over.
const briefBlock = 4096

// facilityBrief decodes row i's summary fields into f; false if the row
// is deleted.
func facilityBrief(t *Table[model.Facility], i int, f *model.Facility) bool {
	if t.Deleted(i) {
		return false
	}
	_, rec := rowText(t.rows.at(i))
	r := reader{b: unsafeBytes(rec), s: rec, names: t.names}
	*f = model.Facility{Meta: model.Meta{ID: model.ID(i + 1)}}
	decodeFacilityBrief(&r, f)
	return true
}

// briefsParallel gives rows [b×block, (b+1)×block) to worker b % workers
// and takes the blocks back in order. Each worker fills its two buffers
// in turn and gets each back once the caller is done with it; a yield
// that stops the loop ends the workers through done.
func briefsParallel(t *Table[model.Facility], workers, block int, yield func(*model.Facility) bool) {
	blocks := (t.rows.n + block - 1) / block
	out := make([]chan []model.Facility, workers)
	free := make([]chan []model.Facility, workers)
	done := make(chan struct{})
	defer close(done)
	for w := range workers {
		out[w], free[w] = make(chan []model.Facility, 1), make(chan []model.Facility, 2)
		for range 2 {
			free[w] <- make([]model.Facility, 0, block)
		}
		go func() {
			for b := w; b < blocks; b += workers {
				var buf []model.Facility
				select {
				case buf = <-free[w]:
				case <-done:
					return
				}
				buf = buf[:0]
				for i := b * block; i < min((b+1)*block, t.rows.n); i++ {
					buf = buf[:len(buf)+1]
					if !facilityBrief(t, i, &buf[len(buf)-1]) {
						buf = buf[:len(buf)-1]
					}
				}
				select {
				case out[w] <- buf:
				case <-done:
					return
				}
			}
		}()
	}
	for b := range blocks {
		buf := <-out[b%workers]
		for i := range buf {
			if !yield(&buf[i]) {
				return
			}
		}
		free[b%workers] <- buf
	}
}
