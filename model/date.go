package model

import (
	"fmt"
	"strings"
	"time"
)

// ParseDate reads dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd; empty is 0.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	t, err := time.Parse("2/1/2006", s)
	if err != nil {
		return 0, Errorf(MsgDateJunk, s)
	}
	return DateOf(t), nil
}

// DateOf is the calendar date of t in its own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date(y*10000 + int(m)*100 + d)
}

func (d Date) Year() int  { return int(d) / 10000 }
func (d Date) month() int { return int(d) / 100 % 100 }
func (d Date) day() int   { return int(d) % 100 }

// Time is midnight UTC of the date.
func (d Date) Time() time.Time {
	return time.Date(d.Year(), time.Month(d.month()), d.day(), 0, 0, 0, 0, time.UTC)
}

// Valid reports whether d is a real date.
func (d Date) Valid() bool { return d != 0 && DateOf(d.Time()) == d }

func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%02d/%02d/%04d", d.day(), d.month(), d.Year())
}
