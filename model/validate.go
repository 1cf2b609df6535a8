package model

import (
	"errors"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Limits for validation. Years of plan records start at 2000: the programme
// began with ND 134/2004, so anything earlier is a typing mistake.
const (
	minFoundedYear = 1900
	minPlanYear    = 2000
	maxPlanYear    = 2100
	maxLineRunes   = 500   // a single-line field
	maxCodeRunes   = 40    // a project code
	maxNoteRunes   = 20000 // notes
	minPhoneDigits = 8
	maxPhoneDigits = 15
)

// currentYear is a variable so that tests of the founding-year bound do not
// depend on the calendar.
var currentYear = func() int32 { return int32(time.Now().Year()) }

// Validate checks a facility and returns every problem with its field.
func (f *Facility) Validate() Problems {
	var ps Problems
	ps.text("name", f.Name, maxLineRunes, true)
	for i, fn := range f.FormerNames {
		if strings.TrimSpace(fn.Name) == "" {
			ps.add("former_names", MsgFormerNameEmpty, i+1)
		} else if utf8.RuneCountInString(fn.Name) > maxLineRunes {
			ps.add("former_names", MsgTooLong, maxLineRunes)
		}
		if fn.Until != 0 && !fn.Until.Valid() {
			ps.add("former_names", MsgFormerNameDate, i+1)
		}
	}
	ps.enum("legal_form", int(f.LegalForm), int(LegalHousehold), false)
	if f.TaxCode != "" {
		ps.taxCode(f.TaxCode)
	}
	ps.enum("trade_group", int(f.TradeGroup), int(TradeServices), false)
	ps.text("products", f.Products, maxLineRunes, false)
	ps.text("village", f.Address.Village, maxLineRunes, false)
	ps.address(&f.Address)
	ps.text("craft_village", f.CraftVillage, maxLineRunes, false)
	if f.Employees < 0 {
		ps.add("employees", MsgNegative)
	}
	ps.nonNegative("avg_income", f.AvgIncome)
	ps.text("representative", f.Representative, maxLineRunes, false)
	if f.Phone != "" && !phoneShape(f.Phone) {
		ps.add("phone", MsgPhone, minPhoneDigits, maxPhoneDigits)
	}
	if err := CheckEmail(f.Email); err != nil {
		ps = append(ps, Problem{Field: "email", Err: err})
	}
	if err := CheckFoundedYear(f.YearFounded, currentYear()); err != nil {
		ps = append(ps, Problem{Field: "year_founded", Err: err})
	}
	ps.text("notes", f.Notes, maxNoteRunes, false)
	return ps
}

// Validate checks a project and returns every problem with its field.
func (p *Project) Validate() Problems {
	var ps Problems
	switch {
	case strings.TrimSpace(p.Code) == "":
		ps.add("code", MsgRequired)
	case utf8.RuneCountInString(p.Code) > maxCodeRunes:
		ps.add("code", MsgTooLong, maxCodeRunes)
	case !codeShape(p.Code):
		ps.add("code", MsgProjectCode)
	}
	ps.text("name", p.Name, maxLineRunes, true)
	ps.planYear(p.Year)
	ps.enum("source", int(p.Source), int(SourceLocal), true)
	if p.Batch < 0 {
		ps.add("batch", MsgNegative)
	}
	ps.enum("category", int(p.Category), int(CatManagement), true)
	ps.enum("status", int(p.Status), int(StatusRejected), true)
	ps.text("implementer", p.Implementer, maxLineRunes, false)
	ps.beneficiaries(p.Beneficiaries)
	ps.text("location", p.Location, maxLineRunes, false)
	ps.date("start", p.Start)
	ps.date("end", p.End)
	if p.Start.Valid() && p.End.Valid() && p.End < p.Start {
		ps.add("end", MsgEndBeforeStart, p.End.String(), p.Start.String())
	}
	ps.nonNegative("support", p.Support)
	ps.nonNegative("counterpart", p.Counterpart)
	if p.Support > 0 && p.Counterpart > math.MaxInt64-p.Support {
		ps.add("total", MsgTotalOverflow)
	}
	ps.text("decision_no", p.DecisionNo, maxLineRunes, false)
	ps.date("decision_date", p.DecisionDate)
	ps.text("notes", p.Notes, maxNoteRunes, false)
	ps.text("item", p.Item, maxLineRunes, false)
	ps.shares(p)
	return ps
}

// Validate checks an allocation and returns every problem with its field.
func (a *Allocation) Validate() Problems {
	var ps Problems
	ps.planYear(a.Year)
	ps.enum("source", int(a.Source), int(SourceLocal), true)
	if a.Batch < 0 {
		ps.add("batch", MsgNegative)
	}
	if a.Amount <= 0 {
		ps.add("amount", MsgPositive)
	}
	ps.text("decision_no", a.DecisionNo, maxLineRunes, false)
	ps.date("decision_date", a.DecisionDate)
	ps.text("notes", a.Notes, maxNoteRunes, false)
	return ps
}

// Validate checks a payment and returns every problem with its field.
func (p *Payment) Validate() Problems {
	var ps Problems
	if p.Project == 0 {
		ps.add("project", MsgChoose)
	}
	if p.Date == 0 {
		ps.add("date", MsgRequired)
	} else {
		ps.date("date", p.Date)
	}
	ps.enum("kind", int(p.PayKind), int(PaySettlement), true)
	if p.Amount <= 0 {
		ps.add("amount", MsgPositive)
	}
	ps.text("voucher", p.Voucher, maxLineRunes, false)
	ps.text("notes", p.Notes, maxNoteRunes, false)
	return ps
}

func (ps *Problems) text(field, s string, maxRunes int, required bool) {
	switch {
	case required && strings.TrimSpace(s) == "":
		ps.add(field, MsgRequired)
	case utf8.RuneCountInString(s) > maxRunes:
		ps.add(field, MsgTooLong, maxRunes)
	}
}

// enum checks an enum value against 1..last; 0 is "not chosen", refused
// only when required.
func (ps *Problems) enum(field string, v, last int, required bool) {
	switch {
	case v == 0 && required:
		ps.add(field, MsgChoose)
	case v < 0 || v > last:
		ps.add(field, MsgBadChoice, v)
	}
}

func (ps *Problems) nonNegative(field string, m Money) {
	if m < 0 {
		ps.add(field, MsgNegative)
	}
}

func (ps *Problems) planYear(y int32) {
	switch {
	case y == 0:
		ps.add("year", MsgRequired)
	case y < minPlanYear || y > maxPlanYear:
		ps.add("year", MsgYearRange, minPlanYear, maxPlanYear)
	}
}

func (ps *Problems) date(field string, d Date) {
	if d != 0 && !d.Valid() {
		ps.add(field, MsgBadDate)
	}
}

func (ps *Problems) taxCode(s string) {
	_, _, err := ParseTaxCode(s)
	if err == nil {
		return
	}
	var e *Error
	if errors.As(err, &e) {
		*ps = append(*ps, Problem{Field: "tax_code", Err: e})
		return
	}
	ps.add("tax_code", MsgTaxCode)
}

func (ps *Problems) beneficiaries(ids []ID) {
	seen := make(map[ID]bool, len(ids))
	zero := false
	for _, id := range ids {
		switch {
		case id == 0:
			zero = true
		case seen[id]:
			ps.add("beneficiaries", MsgBeneficiaryDup, int(id))
		}
		seen[id] = true
	}
	if zero {
		ps.add("beneficiaries", MsgBeneficiaryZero)
	}
}

// codeShape: letters (Đ included), digits and the separators - / . with a
// letter or digit first, as in KCQG-2022-01 or 12/2023/KCĐP.
func codeShape(s string) bool {
	for i, r := range s {
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		if i == 0 && !alnum {
			return false
		}
		if !alnum && r != '-' && r != '/' && r != '.' {
			return false
		}
	}
	return s != ""
}

// phoneShape accepts what people write in Vietnam: "0211 3862 123",
// "0211.3862.123", "+84 912-345-678", "(0211) 3862123". A '+' may only
// lead; dots, dashes and brackets are accepted as separators besides spaces.
func phoneShape(s string) bool {
	digits := 0
	for i, r := range strings.TrimSpace(s) {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' && i == 0:
		case r == ' ' || r == '.' || r == '-' || r == '(' || r == ')':
		default:
			return false
		}
	}
	return digits >= minPhoneDigits && digits <= maxPhoneDigits
}

// CheckEmail is the save's rule for an email, exported so that a form's
// field check refuses what the save would refuse ("duc@example" has no
// dotted domain); "" is allowed.
func CheckEmail(s string) *Error {
	if s != "" && !emailShape(s) {
		return Errorf(MsgEmail)
	}
	return nil
}

// CheckFoundedYear is the save's rule for a founding year (0 = not
// recorded): from 1900 to next year, thisYear being the caller's clock, so
// that a form's field check and the save agree.
func CheckFoundedYear(y, thisYear int32) *Error {
	if y != 0 && (y < minFoundedYear || y > thisYear+1) {
		return Errorf(MsgYearRange, minFoundedYear, int(thisYear+1))
	}
	return nil
}

// emailShape is a shape check, not RFC 5322: one '@', something before it,
// a dotted domain after it, no spaces or brackets.
func emailShape(s string) bool {
	if strings.ContainsAny(s, " \t<>()[],;:\"\\") {
		return false
	}
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || strings.Contains(domain, "@") {
		return false
	}
	dot := strings.LastIndexByte(domain, '.')
	return dot > 0 && dot < len(domain)-1 && !strings.Contains(domain, "..") &&
		domain[0] != '-' && domain[0] != '.'
}
