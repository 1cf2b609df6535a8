package model

import (
	"fmt"
	"khuyencong/vntext"
	"strconv"
	"strings"
	"time"
)

// Years outside this range are typing mistakes in this domain.
const (
	MinYear = 1900
	MaxYear = 2100
)

// ParseDate reads a date as dd/mm/yyyy or d/m/yyyy (also with '-' or '.'
// between the parts), yyyy-mm-dd, or the wording of decisions "ngày 5 tháng
// 3 năm 2022". Empty input is the unset date 0. Two-digit years are refused
// because the century would be a guess.
func ParseDate(s string) (Date, error) {
	in := vntext.CleanLine(s)
	if in == "" {
		return 0, nil
	}
	parts, ok := dateParts(in)
	if !ok {
		return 0, Errorf(MsgDateJunk, in)
	}
	d, m, y := parts[0], parts[1], parts[2]
	if len(parts[0]) == 4 { // yyyy-mm-dd
		y, d = parts[0], parts[2]
	}
	if len(y) != 4 {
		return 0, Errorf(MsgDateYearDigits, in)
	}
	if len(d) > 2 || len(m) > 2 {
		return 0, Errorf(MsgDateJunk, in)
	}
	day, _ := strconv.Atoi(d)
	month, _ := strconv.Atoi(m)
	year, _ := strconv.Atoi(y)
	return makeDate(year, month, day)
}

// dateParts splits a date into three runs of digits, accepting one kind of
// separator used twice, or the "ngày … tháng … năm …" wording.
func dateParts(s string) ([]string, bool) {
	if f := vntext.Fold(s); strings.HasPrefix(f, "ngay") {
		w := strings.Fields(f)
		if len(w) == 6 && w[0] == "ngay" && w[2] == "thang" && w[4] == "nam" {
			return digitsOnly([]string{w[1], w[3], w[5]})
		}
		return nil, false
	}
	for _, sep := range []string{"/", "-", "."} {
		if p := strings.Split(s, sep); len(p) == 3 {
			for i := range p {
				p[i] = strings.TrimSpace(p[i])
			}
			return digitsOnly(p)
		}
	}
	return nil, false
}

func digitsOnly(p []string) ([]string, bool) {
	for _, x := range p {
		if x == "" {
			return nil, false
		}
		for i := 0; i < len(x); i++ {
			if !isDigit(x[i]) {
				return nil, false
			}
		}
	}
	return p, true
}

func makeDate(year, month, day int) (Date, error) {
	switch {
	case year < MinYear || year > MaxYear:
		return 0, Errorf(MsgDateYear, year, MinYear, MaxYear)
	case month < 1 || month > 12:
		return 0, Errorf(MsgDateMonth, month)
	case day < 1 || day > daysIn(year, month):
		return 0, Errorf(MsgDateDay, day, month, year, daysIn(year, month))
	}
	return Date(year*10000 + month*100 + day), nil
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// DateOf is the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date(y*10000 + int(m)*100 + d)
}

// Year is the year part (0 for the unset date).
func (d Date) Year() int { return int(d) / 10000 }

func (d Date) month() int { return int(d) / 100 % 100 }
func (d Date) day() int   { return int(d) % 100 }

// Time is midnight UTC of the date; the unset date is the zero Time.
func (d Date) Time() time.Time {
	if d == 0 {
		return time.Time{}
	}
	return time.Date(d.Year(), time.Month(d.month()), d.day(), 0, 0, 0, 0, time.UTC)
}

// Valid reports whether d is set and a real calendar date in MinYear..MaxYear.
func (d Date) Valid() bool {
	_, err := makeDate(d.Year(), d.month(), d.day())
	return d > 0 && err == nil
}

// String is dd/mm/yyyy, or "" for the unset date.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%02d/%02d/%04d", d.day(), d.month(), d.Year())
}
