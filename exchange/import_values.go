package exchange

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/vntext"
)

// Serial numbers read as dates: 01/01/1950 to 31/12/2100. Anything else in
// a date column is more likely a year or an amount typed in the wrong place
// than a date, and is refused rather than turned into one.
const (
	minSerial = 18264
	maxSerial = 73415
)

// parseInt32 reads a count or a year: plain digits, Vietnamese thousands
// groups ("1.200"), or the way a workbook stores a whole number ("25",
// "25.0", "2.5E1").
func parseInt32(v string) (int32, *model.Error) {
	if len(v) < 10 && allDigits(v) {
		n, _ := strconv.Atoi(v)
		return int32(n), nil
	}
	s := spaceDropper.Replace(v)
	if n, ok := groupedInt(s); ok && n >= math.MinInt32 && n <= math.MaxInt32 {
		return int32(n), nil
	}
	if f, ok := wholeFloat(s); ok && f >= math.MinInt32 && f <= math.MaxInt32 {
		return int32(f), nil
	}
	return 0, model.Errorf(MsgImportBadNumber, v)
}

var spaceDropper = strings.NewReplacer(" ", "", "\u00a0", "")

// groupedInt accepts "1200", "-5" and "1.200.000" with groups of three.
func groupedInt(s string) (int64, bool) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	parts := strings.Split(s, ".")
	for i, p := range parts {
		if p == "" || !allDigits(p) || (i > 0 && len(p) != 3) || (i == 0 && len(parts) > 1 && len(p) > 3) {
			return 0, false
		}
	}
	n, err := strconv.ParseInt(strings.Join(parts, ""), 10, 64)
	if err != nil {
		return 0, false
	}
	if neg {
		n = -n
	}
	return n, true
}

// wholeFloat reads a number as a workbook stores it and accepts it only if
// it has no fraction.
func wholeFloat(s string) (float64, bool) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) || f != math.Trunc(f) {
		return 0, false
	}
	return f, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// parseMoneyCell reads an amount as people type it (model.ParseMoney), or
// as a workbook stores a number ("2170000000", "2.17E+9").
func parseMoneyCell(v string) (model.Money, *model.Error) {
	m, err := model.ParseMoney(v)
	if err == nil {
		return m, nil
	}
	if f, ok := wholeFloat(v); ok && f >= -9e18 && f <= 9e18 {
		return model.Money(f), nil
	}
	return 0, asModelError(err, MsgImportBadMoney, v)
}

// parseDateCell reads a date as typed (model.ParseDate), with a time of day
// after it as Excel's CSV export writes ("15/03/2022 00:00"), or an Excel
// serial number as a workbook stores a date cell.
func parseDateCell(v string, date1904 bool) (model.Date, *model.Error) {
	if f, err := strconv.ParseFloat(v, 64); err == nil && isDecimal(v) {
		if f < minSerial || f > maxSerial {
			return 0, model.Errorf(MsgImportBadDate, v)
		}
		t, err := excelize.ExcelDateToTime(f, date1904)
		if err != nil {
			return 0, model.Errorf(MsgImportBadDate, v)
		}
		return model.DateOf(t), nil
	}
	d, err := model.ParseDate(v)
	if err != nil {
		day, clock, ok := strings.Cut(v, " ")
		if ok && isClock(strings.TrimSpace(clock)) {
			if d2, err2 := model.ParseDate(day); err2 == nil {
				return d2, nil
			}
		}
		return 0, asModelError(err, MsgImportBadDate, v)
	}
	return d, nil
}

// isDecimal is digits with at most one '.', the way a serial date is stored.
func isDecimal(s string) bool {
	whole, frac, _ := strings.Cut(s, ".")
	return allDigits(whole) && (frac == "" || allDigits(frac))
}

func isClock(s string) bool {
	for _, layout := range []string{"15:04", "15:04:05", "3:04 PM", "3:04:05 PM"} {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

// parseTaxCell reads a tax code. A code kept in a number cell has lost its
// leading zero (0100233488 becomes 100233488) and may be stored as
// "100233488.0" or "1.00233488E8", so such a cell is read back as its
// digits, and a code one digit short is tried again with the zero put
// back; the check digit keeps this honest, and when it says no the error
// says what happened to the cell.
func parseTaxCell(v string) (string, *model.Error) {
	v = numberCellDigits(v)
	code, _, err := model.ParseTaxCode(v)
	if err == nil {
		return code, nil
	}
	if allDigits(v) && (len(v) == 9 || len(v) == 11) {
		if code, _, err2 := model.ParseTaxCode("0" + v); err2 == nil {
			return code, nil
		}
		if len(v) == 9 {
			return "", model.Errorf(MsgImportTaxLostZero, v, "0"+v)
		}
	}
	return "", asModelError(err, MsgImportBadTaxCode, v)
}

// numberCellDigits turns a whole number as a workbook stores it
// ("100233488.0", "1.00233488E8") into its digits; other text is kept.
func numberCellDigits(v string) string {
	if allDigits(v) || !strings.ContainsAny(v, ".eE") {
		return v
	}
	if strings.Count(v, ".") == 1 && !strings.ContainsAny(v, "eE") && !strings.HasSuffix(v, ".0") {
		return v // "0100.233.488" style grouping is for ParseTaxCode
	}
	if f, ok := wholeFloat(v); ok && f > 0 && f < 1e15 {
		return strconv.FormatFloat(f, 'f', 0, 64)
	}
	return v
}

// fixPhone puts back the leading zero that a number cell drops from a
// Vietnamese phone number (0912345678 becomes 912345678).
func fixPhone(v string) string {
	v = vntext.CleanLine(v)
	if allDigits(v) && v[0] != '0' && (len(v) == 9 || len(v) == 10) {
		return "0" + v
	}
	return v
}

// asModelError keeps a model error as it is (it already says why) and
// wraps anything else in the importer's own message.
func asModelError(err error, k i18n.Key, v string) *model.Error {
	var e *model.Error
	if errors.As(err, &e) {
		return e
	}
	return model.Errorf(k, v)
}
