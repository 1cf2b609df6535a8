package model

import "strings"

// TaxKind is the kind of a tax code.
type TaxKind uint8

const (
	TaxNone TaxKind = iota
	TaxEnterprise
	TaxBranch
	TaxPersonal
)

// ParseTaxCode normalises and checks a tax code.
func ParseTaxCode(s string) (code string, kind TaxKind, err error) {
	s = strings.TrimSpace(s)
	switch len(s) {
	case 0:
		return "", TaxNone, nil
	case 10:
		return s, TaxEnterprise, nil
	case 14:
		return s, TaxBranch, nil
	case 12:
		return s, TaxPersonal, nil
	}
	return "", TaxNone, Errorf(MsgTaxLength, s)
}

// Label names the kind for users.
func (k TaxKind) Label(l Lang) string { return l.T(taxKindKeys[k]) }

var taxKindKeys = [...]Key{MsgTaxKindNone, MsgTaxKindEnterprise, MsgTaxKindBranch, MsgTaxKindPersonal}
