package tui

import (
	"strings"
	"testing"
	"time"

	"khuyencong/tui/form"
	"khuyencong/tui/kit"
)

// focused is the key of the form field that has the focus.
func (h *harness) focused() string {
	h.Records.Helper()
	f, ok := h.M.modal.(*form.RecordForm)
	if !ok {
		h.Records.Fatal("no record form open")
	}
	return f.Form.GetFocusedField().GetKey()
}

// TestFormEmailCheckedAsOnSave: "duc@example" has no dotted domain; the
// save refuses it, and now so does the field as it is left (issue 18 §6).
func TestFormEmailCheckedAsOnSave(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, editor, 120, 40)
	h.keys("2", "n")
	h.typ("Cơ sở thử email")
	h.next(13)
	if got := h.focused(); got != "email" {
		t.Fatalf("focus on %s, want email", got)
	}
	h.typ("duc@example")
	h.next(1)
	h.see("✗ Email", "tên@miền")
	if got := h.focused(); got != "email" {
		t.Fatalf("focus left the bad email for %s", got)
	}
	h.typ(".vn")
	h.next(1)
	if got := h.focused(); got != "year_founded" {
		t.Fatalf("a good email kept the focus: on %s", got)
	}
}

// TestFormFoundedYearBoundIsTheSessionClock: the field refused only years
// past 2100 while the save refused anything after next year; now the field
// uses the save's rule on the session's clock (issue 18 §6).
func TestFormFoundedYearBoundIsTheSessionClock(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, editor, 120, 40) // the harness's clock is in 2026
	h.keys("2", "n")
	h.typ("Cơ sở thử năm")
	h.next(14)
	h.typ("2035")
	h.next(1)
	h.see("✗ Năm thành lập", "1900 đến 2027")
	if got := h.focused(); got != "year_founded" {
		t.Fatalf("focus left a founding year of 2035 for %s", got)
	}

	later := start(t, s, editor, 120, 40, func(c *kit.Config) {
		c.Now = func() time.Time { return time.Date(2034, 1, 2, 9, 0, 0, 0, time.UTC) }
	})
	later.keys("2", "n")
	later.typ("Cơ sở thử năm")
	later.next(15)
	later.typ("2035")
	later.next(1)
	if got := later.focused(); got == "year_founded" {
		t.Fatalf("2035 refused with a clock in 2034:\n%s", later.screen())
	}
}

// A field's problem longer than the screen is shown whole under the form,
// wrapped, while the field has focus (issue 18, point 6: "…chữ số kiểm
// tra (chữ số …" could not be read at 80 columns).
func TestFormLongProblemReadable(t *testing.T) {
	s := openStore(t)
	fill(t, s, 5)
	h := start(t, s, editor, 80, 24)
	h.keys("2", "n")
	h.typ("Cơ sở thử")
	h.next(1)
	h.typ("0100233489") // wrong check digit
	h.next(1)
	f := h.M.modal.(*form.RecordForm)
	msg := f.Form.GetFocusedField().Error().Error()
	if len([]rune(msg)) < 80 {
		t.Fatalf("the message fits one line anyway: %q", msg)
	}
	flat := strings.Join(strings.Fields(h.screen()), " ")
	if !strings.Contains(flat, strings.Join(strings.Fields(msg), " ")) {
		t.Fatalf("the whole message %q is not on screen:\n%s", msg, h.screen())
	}
}
