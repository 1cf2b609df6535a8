package model

import (
	"khuyencong/i18n"
	"khuyencong/vntext"
	"strings"
)

// TaxKind is what a tax code (mã số thuế) identifies.
type TaxKind uint8

const (
	TaxNone       TaxKind = iota // no code
	TaxEnterprise                // 10 digits with a check digit
	TaxBranch                    // parent's 10 digits + "-" + 3-digit unit number
	TaxPersonal                  // 12-digit personal ID, used by household businesses since 1/7/2025
)

// Label names the kind for users.
func (k TaxKind) Label(l i18n.Lang) string {
	if int(k) >= len(taxKindKeys) {
		return l.T(MsgTaxKindNone)
	}
	return l.T(taxKindKeys[k])
}

var taxKindKeys = [...]i18n.Key{MsgTaxKindNone, MsgTaxKindEnterprise, MsgTaxKindBranch, MsgTaxKindPersonal}

// ParseTaxCode checks a tax code and returns it normalised: "0100233488",
// "0100233488-001" or a 12-digit personal ID. Spaces and dots users type
// for readability are dropped. Empty input is no code. The province in the
// first two digits is not interpreted: it is where the code was issued,
// not where the facility is.
func ParseTaxCode(s string) (code string, kind TaxKind, err error) {
	in := vntext.CleanLine(s)
	digits, branch, hasDash, err := taxDigits(in)
	if err != nil || (digits == "" && !hasDash) {
		return "", TaxNone, err
	}
	if hasDash {
		if len(digits) != 10 || len(branch) != 3 {
			return "", TaxNone, Errorf(MsgTaxBranchForm, in)
		}
		return checkBranch(digits, branch)
	}
	switch len(digits) {
	case 10:
		if err := checkEnterprise(digits, false); err != nil {
			return "", TaxNone, err
		}
		return digits, TaxEnterprise, nil
	case 13:
		return checkBranch(digits[:10], digits[10:])
	case 12:
		if strings.Trim(digits, "0") == "" {
			return "", TaxNone, Errorf(MsgTaxPersonalZero, digits)
		}
		return digits, TaxPersonal, nil
	}
	return "", TaxNone, Errorf(MsgTaxLength, in, len(digits))
}

// taxDigits drops separators users type for readability and splits at the
// branch dash.
func taxDigits(in string) (digits, branch string, hasDash bool, err error) {
	var b strings.Builder
	for _, r := range in {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '.':
		case r == '-' || r == '–' || r == '—':
			if hasDash {
				return "", "", false, Errorf(MsgTaxBranchForm, in)
			}
			hasDash, digits = true, b.String()
			b.Reset()
		default:
			return "", "", false, Errorf(MsgTaxChars, in, string(r))
		}
	}
	if hasDash {
		return digits, b.String(), true, nil
	}
	return b.String(), "", false, nil
}

func checkBranch(parent, unit string) (string, TaxKind, error) {
	if err := checkEnterprise(parent, true); err != nil {
		return "", TaxNone, err
	}
	if unit == "000" {
		return "", TaxNone, Errorf(MsgTaxBranchZero, parent+"-"+unit)
	}
	return parent + "-" + unit, TaxBranch, nil
}

var taxWeights = [9]int{31, 29, 23, 19, 17, 13, 7, 5, 3}

// checkEnterprise applies the rules of a 10-digit code: digits 3–9 are a
// sequence number that is never all zeros, and digit 10 is
// 10 − (Σ wᵢ·dᵢ mod 11); prefixes for which that is 10 have no valid code.
func checkEnterprise(d string, branch bool) error {
	keys := [3]i18n.Key{MsgTaxSequence, MsgTaxNoCheck, MsgTaxCheck}
	if branch {
		keys = [3]i18n.Key{MsgTaxBranchSequence, MsgTaxBranchNoCheck, MsgTaxBranchCheck}
	}
	if d[2:9] == "0000000" {
		return Errorf(keys[0], d)
	}
	sum := 0
	for i, w := range taxWeights {
		sum += w * int(d[i]-'0')
	}
	check := 10 - sum%11
	if check == 10 {
		return Errorf(keys[1], d, d[:9])
	}
	if int(d[9]-'0') != check {
		return Errorf(keys[2], d)
	}
	return nil
}
