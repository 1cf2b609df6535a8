package store

import (
	"encoding/binary"
	"errors"
	"math"
	"time"
)

// The codec: every value starts with a format byte, then the fields in a
// fixed order as varints (zig-zag for signed numbers), single bytes for
// enums and flags, and length-prefixed strings. It is hand-written because
// the whole read model is decoded at Open: a million facilities decode in
// a fraction of the time JSON or gob would take.

// errCorrupt is what every decoding failure reports; the caller adds the
// kind and key.
var errCorrupt = errors.New("corrupt value")

// zeroTime encodes the zero time.Time, which UnixMicro cannot express.
const zeroTime = math.MinInt64

// writer encodes one value. With dc set (packing a row for the read
// model, see pack.go), strings written with istr become dictionary numbers.
type writer struct {
	b  []byte
	dc *dictCache
}

func (w *writer) u(v uint64)  { w.b = binary.AppendUvarint(w.b, v) }
func (w *writer) i(v int64)   { w.b = binary.AppendVarint(w.b, v) }
func (w *writer) byte(v byte) { w.b = append(w.b, v) }
func (w *writer) str(s string) {
	w.u(uint64(len(s)))
	w.b = append(w.b, s...)
}

// istr writes a string that repeats across records; decoders read it with
// reader.istr.
func (w *writer) istr(s string) {
	if w.dc != nil {
		w.u(uint64(w.dc.ref(s)))
		return
	}
	w.str(s)
}
func (w *writer) bool(v bool) {
	if v {
		w.byte(1)
	} else {
		w.byte(0)
	}
}
func (w *writer) time(t time.Time) { w.i(timeCode(t)) }

// timeCode is how a time is written: microseconds since 1970, or zeroTime.
func timeCode(t time.Time) int64 {
	if t.IsZero() {
		return zeroTime
	}
	return t.UnixMicro()
}

// reader decodes one value. It never panics: the first problem sets err,
// later reads return zero values, and the caller checks done().
type reader struct {
	b   []byte
	p   int
	err error
	// s is b as a string; the record's strings are substrings of it.
	s string
	// names, when set, is the dictionary a packed row's istr numbers
	// refer to.
	names []string
}

// newReader prepares a reader whose strings share one allocation.
func newReader(b []byte) *reader { return &reader{b: b, s: string(b)} }

func (r *reader) fail() {
	if r.err == nil {
		r.err = errCorrupt
	}
	r.p = len(r.b)
}

// done reports the first error, or one for bytes left over.
// more reports whether anything is left to read: fields added at the end
// of a layout are absent from older records.
func (r *reader) more() bool { return r.err == nil && r.p < len(r.b) }

func (r *reader) done() error {
	if r.err == nil && r.p != len(r.b) {
		r.err = errCorrupt
	}
	return r.err
}

func (r *reader) u() uint64 {
	// Most numbers are string lengths and small counts that fit one byte.
	if r.p < len(r.b) && r.b[r.p] < 0x80 {
		r.p++
		return uint64(r.b[r.p-1])
	}
	v, n := binary.Uvarint(r.b[r.p:])
	if n <= 0 {
		r.fail()
		return 0
	}
	r.p += n
	return v
}

func (r *reader) skipVarint() {
	for r.p < len(r.b) {
		r.p++
		if r.b[r.p-1] < 0x80 {
			return
		}
	}
	r.fail()
}

func (r *reader) i() int64 {
	v, n := binary.Varint(r.b[r.p:])
	if n <= 0 {
		r.fail()
		return 0
	}
	r.p += n
	return v
}

func (r *reader) u32() uint32 {
	v := r.u()
	if v > math.MaxUint32 {
		r.fail()
		return 0
	}
	return uint32(v)
}

func (r *reader) i32() int32 {
	v := r.i()
	if v < math.MinInt32 || v > math.MaxInt32 {
		r.fail()
		return 0
	}
	return int32(v)
}

func (r *reader) byte() byte {
	if r.p >= len(r.b) {
		r.fail()
		return 0
	}
	v := r.b[r.p]
	r.p++
	return v
}

func (r *reader) bool() bool {
	switch r.byte() {
	case 0:
		return false
	case 1:
		return true
	}
	r.fail()
	return false
}

func (r *reader) time() time.Time { return r.codeTime(r.i()) }

// codeTime is the time timeCode gave v.
func (r *reader) codeTime(v int64) time.Time {
	if v == zeroTime || r.err != nil {
		return time.Time{}
	}
	return time.UnixMicro(v).UTC()
}

// count reads a slice length, refusing one that cannot fit in what is left
// (each element takes at least min bytes), so garbage cannot make us
// allocate gigabytes.
func (r *reader) count(min int) int {
	n := r.u()
	if n > uint64(len(r.b)-r.p)/uint64(min) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *reader) span() (int, int, bool) {
	n := r.u()
	if n > uint64(len(r.b)-r.p) {
		r.fail()
		return 0, 0, false
	}
	i := r.p
	r.p += int(n)
	return i, r.p, true
}

func (r *reader) str() string {
	i, j, ok := r.span()
	if !ok || i == j {
		return ""
	}
	return r.sub(i, j)
}

// sub returns b[i:j] as a string: a substring of s, or (a reader made
// without s) a fresh copy.
func (r *reader) sub(i, j int) string {
	if len(r.s) == len(r.b) {
		return r.s[i:j]
	}
	return string(r.b[i:j])
}

// istr reads a string that repeats across records (district, province,
// user names): a dictionary number in a packed row, else a string.
func (r *reader) istr() string {
	if r.names != nil {
		n := r.u()
		if n >= uint64(len(r.names)) {
			r.fail()
			return ""
		}
		return r.names[n]
	}
	i, j, ok := r.span()
	if !ok || i == j {
		return ""
	}
	return r.sub(i, j)
}
