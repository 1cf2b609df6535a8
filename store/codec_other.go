package store

import (
	"khuyencong/model"
)

const (
	fmtAudit    = 1
	fmtUser     = 1
	fmtSettings = 1
)

func encodeAudit(e *AuditEntry) []byte {
	w := writer{b: make([]byte, 0, 64+32*len(e.Changes))}
	w.byte(fmtAudit)
	w.u(e.Seq)
	w.time(e.At)
	w.str(e.Actor)
	w.byte(byte(e.Op))
	w.byte(byte(e.Kind))
	w.u(uint64(e.ID))
	w.u(uint64(len(e.Changes)))
	for _, c := range e.Changes {
		w.str(c.Field)
		w.str(c.Old)
		w.str(c.New)
	}
	w.str(e.Note)
	return w.b
}

func decodeAudit(b []byte) (AuditEntry, error) {
	var e AuditEntry
	r := newReader(b)
	r.format(fmtAudit)
	e.Seq = r.u()
	e.At = r.time()
	e.Actor = r.str()
	e.Op = Op(r.byte())
	e.Kind = model.Kind(r.byte())
	e.ID = model.ID(r.u32())
	if n := r.count(3); n > 0 {
		e.Changes = make([]Change, n)
		for i := range e.Changes {
			e.Changes[i] = Change{Field: r.str(), Old: r.str(), New: r.str()}
		}
	}
	e.Note = r.str()
	return e, r.done()
}

func encodeUser(u *User) []byte {
	w := writer{b: make([]byte, 0, 64+128*len(u.Keys))}
	w.byte(fmtUser)
	w.str(u.Name)
	w.byte(byte(u.Role))
	w.u(uint64(len(u.Keys)))
	for _, k := range u.Keys {
		w.str(k.Fingerprint)
		w.str(k.Line)
	}
	w.time(u.Created)
	return w.b
}

func decodeUser(b []byte) (User, error) {
	var u User
	r := newReader(b)
	r.format(fmtUser)
	u.Name = r.str()
	u.Role = model.Role(r.byte())
	if n := r.count(2); n > 0 {
		u.Keys = make([]PublicKey, n)
		for i := range u.Keys {
			u.Keys[i] = PublicKey{Fingerprint: r.str(), Line: r.str()}
		}
	}
	u.Created = r.time()
	return u, r.done()
}

func encodeSettings(s *model.Settings) []byte {
	w := writer{b: make([]byte, 0, 64)}
	w.byte(fmtSettings)
	w.u(uint64(len(s.Ceilings)))
	for _, c := range s.Ceilings {
		w.i(int64(c.Percent))
		w.i(int64(c.Max))
	}
	w.i(int64(s.AdvanceLimit))
	encodeRules(&w, s.Rules)
	encodeDeadlines(&w, &s.Deadlines)
	w.str(s.Province)
	encodeCentre(&w, &s.Centre)
	return w.b
}

func decodeSettings(b []byte) (model.Settings, error) {
	var s model.Settings
	r := newReader(b)
	r.format(fmtSettings)
	n := r.count(2)
	for i := 0; i < n; i++ {
		c := model.Ceiling{Percent: r.i32(), Max: model.Money(r.i())}
		// Ceilings of categories this version does not know are dropped.
		if i < len(s.Ceilings) {
			s.Ceilings[i] = c
		}
	}
	s.AdvanceLimit = r.i32()
	// Settings saved before rules existed end here and keep no rules.
	s.Rules = decodeRules(r)
	s.Deadlines = decodeDeadlines(r)
	// Settings saved before the province setting end here.
	if r.more() {
		s.Province = r.str()
	}
	// Settings saved before the centre's names end here.
	if r.more() {
		s.Centre = decodeCentre(r)
	}
	return s, r.done()
}
