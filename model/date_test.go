package model

import (
	"errors"
	"khuyencong/i18n"
	"testing"
	"time"
)

func TestParseDateAccepts(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Date
	}{
		{"", 0},
		{"  ", 0},
		{"05/03/2022", 20220305},
		{"5/3/2022", 20220305},
		{" 5 / 3 / 2022 ", 20220305},
		{"31/12/2022", 20221231},
		{"29/02/2024", 20240229},
		{"29/02/2000", 20000229},
		{"2022-03-05", 20220305},
		{"2022-3-5", 20220305},
		{"05-03-2022", 20220305},
		{"05.03.2022", 20220305},
		{"01/01/1900", 19000101},
		{"31/12/2100", 21001231},
		{"ngày 5 tháng 3 năm 2022", 20220305},
		{"Ngày 05 tháng 03 năm 2022", 20220305},
	} {
		got, err := ParseDate(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseDate(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
}

func TestParseDateRefuses(t *testing.T) {
	for _, c := range []struct {
		in  string
		key i18n.Key
	}{
		{"31/02/2022", MsgDateDay},
		{"29/02/2023", MsgDateDay},
		{"29/02/1900", MsgDateDay},
		{"31/04/2022", MsgDateDay},
		{"00/01/2022", MsgDateDay},
		{"32/01/2022", MsgDateDay},
		{"01/13/2022", MsgDateMonth},
		{"01/00/2022", MsgDateMonth},
		{"2022-13-01", MsgDateMonth},
		{"01/01/1899", MsgDateYear},
		{"01/01/2101", MsgDateYear},
		{"01/01/0000", MsgDateYear},
		{"01/01/22", MsgDateYearDigits},
		{"01/01/02022", MsgDateYearDigits},
		{"hôm qua", MsgDateJunk},
		{"5/3", MsgDateJunk},
		{"5/3/2022/1", MsgDateJunk},
		{"5-3/2022", MsgDateJunk},
		{"a/b/cccc", MsgDateJunk},
		{"05//2022", MsgDateJunk},
		{"-5/3/2022", MsgDateJunk},
		{"005/03/2022", MsgDateJunk},
		{"20220305", MsgDateJunk},
		{"ngày 5 tháng 3", MsgDateJunk},
		{"ngày 31 tháng 2 năm 2022", MsgDateDay},
		{"99999999999999999999/1/2022", MsgDateJunk},
	} {
		got, err := ParseDate(c.in)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("ParseDate(%q) = %d, %v; want error %s", c.in, got, err, c.key)
			continue
		}
		if e.Key != c.key {
			t.Errorf("ParseDate(%q): error %s (%v), want %s", c.in, e.Key, e, c.key)
		}
		if e.In(i18n.EN) == string(e.Key) || e.In(i18n.VI) == string(e.Key) {
			t.Errorf("ParseDate(%q): message %s has no catalog text", c.in, e.Key)
		}
	}
}

func TestDateMethods(t *testing.T) {
	d := Date(20220305)
	if d.String() != "05/03/2022" || d.Year() != 2022 || !d.Valid() {
		t.Errorf("%d: String %q Year %d Valid %v", d, d.String(), d.Year(), d.Valid())
	}
	if got := d.Time(); !got.Equal(time.Date(2022, 3, 5, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Time() = %v", got)
	}
	if got := DateOf(time.Date(2022, 3, 5, 23, 59, 0, 0, time.FixedZone("ICT", 7*3600))); got != d {
		t.Errorf("DateOf = %d, want %d (the date where the time was taken)", got, d)
	}
	var zero Date
	if zero.String() != "" || zero.Valid() || !zero.Time().IsZero() || zero.Year() != 0 {
		t.Error("the unset date must be empty, invalid and the zero time")
	}
	for _, bad := range []Date{20220231, 20221301, 20220000, 18991231, -20220305, 99999999} {
		if bad.Valid() {
			t.Errorf("%d reported valid", bad)
		}
	}
	for _, s := range []string{"05/03/2022", "29/02/2024", "31/12/2100", "01/01/1900"} {
		d, err := ParseDate(s)
		if err != nil || d.String() != s || !d.Valid() || DateOf(d.Time()) != d {
			t.Errorf("%q does not round-trip: %d %v", s, d, err)
		}
	}
}
