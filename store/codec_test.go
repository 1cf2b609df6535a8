package store

import (
	"reflect"
	"testing"
	"time"

	"khuyencong/model"
)

func sampleMeta(id model.ID) model.Meta {
	at := time.Date(2024, 5, 6, 7, 8, 9, 123456000, time.UTC)
	return model.Meta{ID: id, Version: 3, CreatedAt: at, UpdatedAt: at.Add(time.Hour), UpdatedBy: "lan"}
}

func sampleRecords() []model.Record {
	f := facility("Công ty TNHH Thương mại và Cơ khí Tân Việt")
	f.Meta = sampleMeta(7)
	f.FormerNames = []model.FormerName{{Name: "Công ty TNHH MTV Tân Việt", Until: 20190315}, {Name: "Xưởng cơ khí Tân Việt"}}
	f.TaxCode, f.Phone, f.Email, f.YearFounded, f.Notes = taxCode(3), "0211 3862 123", "tv@example.vn", 2009, "dòng 1\ndòng 2"
	p := project("KCQG-2022-01", 1, 2, 70000)
	p.Meta = sampleMeta(1)
	p.Meta.Deleted = true
	p.Implementer, p.Location, p.DecisionNo, p.DecisionDate, p.Batch = "Trung tâm", "Bình Xuyên", "45/QĐ", 20220120, 2
	a := allocation()
	a.Meta = sampleMeta(2)
	pay := payment(1)
	pay.Meta = sampleMeta(3)
	pay.Meta.CreatedAt = time.Time{}
	return []model.Record{f, p, a, pay, &model.Facility{}, &model.Project{}, &model.Allocation{}, &model.Payment{}}
}

func TestCodecRoundTrip(t *testing.T) {
	for _, r := range sampleRecords() {
		raw, err := encodeRecord(r)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeRecord(r.Kind(), raw)
		if err != nil {
			t.Fatalf("%s: %v", r.Kind(), err)
		}
		if !reflect.DeepEqual(got, r) {
			t.Fatalf("%s round trip:\n got %+v\nwant %+v", r.Kind(), got, r)
		}
		if f, ok := r.(*model.Facility); ok {
			if name := facilityName(newReader(raw)); name != f.Name {
				t.Fatalf("facilityName %q, want %q", name, f.Name)
			}
		}
		// Packed, as the read model keeps it.
		d := newDict()
		switch v := r.(type) {
		case *model.Facility:
			got = packRoundTrip(d, v)
		case *model.Project:
			got = packRoundTrip(d, v)
		case *model.Allocation:
			got = packRoundTrip(d, v)
		case *model.Payment:
			got = packRoundTrip(d, v)
		}
		if !reflect.DeepEqual(got, r) {
			t.Fatalf("%s packed round trip:\n got %+v\nwant %+v", r.Kind(), got, r)
		}
	}
}

func TestCodecRefusesEveryTruncation(t *testing.T) {
	for _, r := range sampleRecords()[:4] {
		raw, _ := encodeRecord(r)
		for n := range len(raw) {
			if _, err := decodeRecord(r.Kind(), raw[:n]); err == nil {
				t.Fatalf("%s: %d of %d bytes decoded without error", r.Kind(), n, len(raw))
			}
		}
		if _, err := decodeRecord(r.Kind(), append(raw, 0)); err == nil {
			t.Fatalf("%s: trailing byte accepted", r.Kind())
		}
	}
}

func TestCodecOthersRoundTrip(t *testing.T) {
	e := AuditEntry{Seq: 9, At: time.UnixMicro(1700000000123456).UTC(), Actor: "lan", Op: OpUpdate, Kind: model.KindProject, ID: 4,
		Changes: []Change{{"name", "cũ", "mới"}, {"support", "", "300.000.000"}}, Note: "ghi chú"}
	got, err := decodeAudit(encodeAudit(&e))
	if err != nil || !reflect.DeepEqual(got, e) {
		t.Fatalf("audit: %+v %v", got, err)
	}
	u := User{Name: "lan", Role: model.RoleAdmin, Keys: []PublicKey{{"SHA256:x", "ssh-ed25519 AAAA"}}, Created: time.UnixMicro(1).UTC()}
	gu, err := decodeUser(encodeUser(&u))
	if err != nil || !reflect.DeepEqual(gu, u) {
		t.Fatalf("user: %+v %v", gu, err)
	}
	st := model.DefaultSettings()
	st.Rules = model.NationalRules()
	gs, err := decodeSettings(encodeSettings(&st))
	if err != nil || !reflect.DeepEqual(gs, st) {
		t.Fatalf("settings: %+v %v", gs, err)
	}
}

// FuzzDecode feeds garbage to every decoder: none may panic or allocate
// without bound, and what decodes must encode and decode to the same.
func FuzzDecode(f *testing.F) {
	for _, r := range sampleRecords() {
		raw, _ := encodeRecord(r)
		f.Add(byte(r.Kind()), raw)
	}
	e := AuditEntry{Seq: 1, Actor: "x", Changes: []Change{{"a", "b", "c"}}}
	f.Add(byte(10), encodeAudit(&e))
	u := User{Name: "lan", Keys: []PublicKey{{"SHA256:x", "k"}}}
	f.Add(byte(11), encodeUser(&u))
	st := model.DefaultSettings()
	f.Add(byte(12), encodeSettings(&st))
	st.Rules = model.NationalRules()[:2]
	f.Add(byte(12), encodeSettings(&st))
	f.Add(byte(1), []byte{1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, kind byte, data []byte) {
		switch kind {
		case 10:
			if e, err := decodeAudit(data); err == nil {
				if e2, err := decodeAudit(encodeAudit(&e)); err != nil || !reflect.DeepEqual(e, e2) {
					t.Fatalf("audit re-decode: %v", err)
				}
			}
		case 11:
			if u, err := decodeUser(data); err == nil {
				if u2, err := decodeUser(encodeUser(&u)); err != nil || !reflect.DeepEqual(u, u2) {
					t.Fatalf("user re-decode: %v", err)
				}
			}
		case 12:
			if s, err := decodeSettings(data); err == nil {
				if s2, err := decodeSettings(encodeSettings(&s)); err != nil || !reflect.DeepEqual(s, s2) {
					t.Fatalf("settings re-decode: %v", err)
				}
			}
		default:
			k := model.Kind(kind%4 + 1)
			r, err := decodeRecord(k, data)
			if err != nil {
				return
			}
			raw, err := encodeRecord(r)
			if err != nil {
				t.Fatal(err)
			}
			r2, err := decodeRecord(k, raw)
			if err != nil || !reflect.DeepEqual(r, r2) {
				t.Fatalf("%s re-decode: %v\n%+v\n%+v", k, err, r, r2)
			}
			// Packed for the read model, it must decode the same.
			if r3 := packRecordRoundTrip(newDict(), r); !reflect.DeepEqual(r, r3) {
				t.Fatalf("%s packed round trip:\n%+v\n%+v", k, r, r3)
			}
		}
	})
}
