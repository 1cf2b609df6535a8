package store

import (
	"math/rand/v2"
	"testing"

	"khuyencong/model"
)

func BenchmarkDecodeFacility(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	var raws [][]byte
	for i := range 1024 {
		f := genFacility(r, i)
		f.Sanitize()
		f.Meta = sampleMeta(model.ID(i + 1))
		raw, _ := encodeRecord(f)
		raws = append(raws, raw)
	}
	b.Run("packed", func(b *testing.B) {
		// What the read model does for a row on screen or a sort key.
		d := newDict()
		pk := newPacker(d)
		rows := make([]string, len(raws))
		for i, raw := range raws {
			f, _ := decodeRecord(model.KindFacility, raw)
			rows[i] = string(pk.pack(f, nil))
		}
		names := d.view()
		var f model.Facility
		i := 0
		b.ReportAllocs()
		for b.Loop() {
			unpack(rows[i&1023], names, &f)
			i++
		}
	})
	b.Run("plain", func(b *testing.B) {
		slab := make([]model.Facility, 1024)
		i := 0
		for b.Loop() {
			rd := newReader(raws[i&1023])
			decodeFacility(rd, &slab[i&1023])
			i++
		}
	})
	b.Run("text", func(b *testing.B) {
		slab := make([]model.Facility, 1024)
		for i := range slab {
			decodeFacility(newReader(raws[i]), &slab[i])
		}
		var tb textBuf
		i := 0
		for b.Loop() {
			tb.facility(&slab[i&1023], noNames{})
			i++
		}
	})
}

// noNames is a namer that knows no other record.
type noNames struct{}

func (noNames) facilityName(model.ID) string { return "" }
func (noNames) projectCode(model.ID) string  { return "" }
func (noNames) communeName(string) string    { return "" }
