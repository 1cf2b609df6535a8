package store

import (
	"errors"
	"reflect"
	"testing"

	"khuyencong/model"
)

// TestSettingsCentreCodec: the centre's names round-trip, and settings
// written before they existed (ending after the province) read them empty.
func TestSettingsCentreCodec(t *testing.T) {
	st := model.DefaultSettings()
	st.Province = "25"
	st.Centre = model.Centre{Name: "Trung tâm Khuyến công", Parent: "Sở Công Thương", Director: "Nguyễn Văn A",
		Accountant: "Trần Thị B", Preparer: "Lê Văn C"}
	full := encodeSettings(&st)
	got, err := decodeSettings(full)
	if err != nil || !reflect.DeepEqual(got, st) {
		t.Fatalf("round trip: %+v %v", got, err)
	}
	old := st
	old.Centre = model.Centre{}
	short := encodeSettings(&old)
	// An older writer stopped after the province: cut the five empty strings.
	short = short[:len(short)-5]
	got, err = decodeSettings(short)
	if err != nil || got.Province != "25" || got.Centre != (model.Centre{}) {
		t.Fatalf("older settings: %+v %v", got, err)
	}
}

// TestSettingsCentreRefused: a name on two lines is refused with the field
// named, and nothing is saved.
func TestSettingsCentreRefused(t *testing.T) {
	s := newStore(t)
	set := s.Snapshot().Settings
	set.Centre.Director = "Nguyễn\nVăn A"
	err := s.SaveSettings(LocalAdmin(), set)
	var ps model.Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Field != "centre_director" {
		t.Fatalf("got %v", err)
	}
	if s.Snapshot().Settings.Centre.Director != "" {
		t.Fatal("a refused name was saved")
	}
}
