package store

import "khuyencong/model"

// fmtProgramme is the programme record's format byte (see codec_records.go).
const fmtProgramme = 1

func encodeProgramme(w *writer, p *model.Programme) {
	w.byte(fmtProgramme)
	w.meta(&p.Meta)
	w.str(p.Code)
	w.str(p.Name)
	w.byte(byte(p.Level))
	w.i(int64(p.From))
	w.i(int64(p.To))
	w.str(p.DecisionNo)
	w.i(int64(p.DecisionDate))
	w.u(uint64(len(p.Indicators)))
	for _, in := range p.Indicators {
		w.istr(in.Name)
		w.istr(in.Unit)
		w.byte(byte(in.Measure))
		w.byte(byte(in.Category))
		w.i(in.Target)
		writeInts(w, in.Years)
		writeInts(w, in.Done)
	}
	w.str(p.Notes)
}

func decodeProgramme(r *reader, p *model.Programme) error {
	r.format(fmtProgramme)
	r.meta(&p.Meta)
	p.Code = r.str()
	p.Name = r.str()
	p.Level = model.ProgrammeLevel(r.byte())
	p.From = r.i32()
	p.To = r.i32()
	p.DecisionNo = r.str()
	p.DecisionDate = model.Date(r.i32())
	if n := r.count(5); n > 0 {
		p.Indicators = make([]model.Indicator, n)
		for i := range p.Indicators {
			in := &p.Indicators[i]
			in.Name = r.istr()
			in.Unit = r.istr()
			in.Measure = model.Measure(r.byte())
			in.Category = model.Category(r.byte())
			in.Target = r.i()
			in.Years = readInts[int64](r)
			in.Done = readInts[int64](r)
		}
	}
	p.Notes = r.str()
	return r.done()
}

// writeInts and readInts keep a list of whole numbers (amounts, yearly
// figures) as its length and the numbers; an empty list reads as nil.
func writeInts[T ~int64](w *writer, vs []T) {
	w.u(uint64(len(vs)))
	for _, v := range vs {
		w.i(int64(v))
	}
}

func readInts[T ~int64](r *reader) []T {
	n := r.count(1)
	if n == 0 {
		return nil
	}
	vs := make([]T, n)
	for i := range vs {
		vs[i] = T(r.i())
	}
	return vs
}
