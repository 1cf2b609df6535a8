package model

import (
	"errors"
	"khuyencong/i18n"
	"testing"
)

func TestParseTaxCodeAccepts(t *testing.T) {
	for _, c := range []struct {
		in, code string
		kind     TaxKind
	}{
		{"", "", TaxNone},
		{"   ", "", TaxNone},
		{"0100233488", "0100233488", TaxEnterprise},
		{" 0100233488 ", "0100233488", TaxEnterprise},
		{"0100 233 488", "0100233488", TaxEnterprise},
		{"01.00.112.437", "0100112437", TaxEnterprise},
		{"0101000020", "0101000020", TaxEnterprise}, // check digit 0
		{"0314409058", "0314409058", TaxEnterprise},
		{"0314409058-002", "0314409058-002", TaxBranch},
		{"0314409058002", "0314409058-002", TaxBranch},
		{"0312 68 78 78 - 001", "0312687878-001", TaxBranch},
		{"0100233488–999", "0100233488-999", TaxBranch}, // en dash from a word processor
		{"001085012345", "001085012345", TaxPersonal},
		{"001 085 012 345", "001085012345", TaxPersonal},
	} {
		code, kind, err := ParseTaxCode(c.in)
		if err != nil || code != c.code || kind != c.kind {
			t.Errorf("ParseTaxCode(%q) = %q, %d, %v; want %q, %d", c.in, code, kind, err, c.code, c.kind)
		}
	}
}

func TestParseTaxCodeRefuses(t *testing.T) {
	for _, c := range []struct {
		in  string
		key i18n.Key
	}{
		{"0100233480", MsgTaxCheck},
		{"0100233489", MsgTaxCheck},
		{"0100233498", MsgTaxCheck},
		{"1100233488", MsgTaxNoCheck},
		{"0101000060", MsgTaxNoCheck}, // prefix 010100006: 10 − (Σ mod 11) = 10
		{"0100000003", MsgTaxSequence},
		{"0000000000", MsgTaxSequence},
		{"0100233488-000", MsgTaxBranchZero},
		{"0100233488000", MsgTaxBranchZero},
		{"0100233480-001", MsgTaxBranchCheck},
		{"0100233480001", MsgTaxBranchCheck},
		{"0101000060-001", MsgTaxBranchNoCheck},
		{"0100000003-001", MsgTaxBranchSequence},
		{"0100233488-01", MsgTaxBranchForm},
		{"0100233488-0001", MsgTaxBranchForm},
		{"010023348-001", MsgTaxBranchForm},
		{"0100233488-", MsgTaxBranchForm},
		{"-001", MsgTaxBranchForm},
		{"0100233488-001-002", MsgTaxBranchForm},
		{"12345", MsgTaxLength},
		{"01002334881", MsgTaxLength},
		{"01002334880011", MsgTaxLength},
		{"0100233488x", MsgTaxChars},
		{"MST 0100233488", MsgTaxChars},
		{"０１００２３３４８８", MsgTaxChars}, // full-width digits are not typed by our users; refuse, do not guess
		{"000000000000", MsgTaxPersonalZero},
	} {
		code, kind, err := ParseTaxCode(c.in)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("ParseTaxCode(%q) = %q, %d, %v; want error %s", c.in, code, kind, err, c.key)
			continue
		}
		if e.Key != c.key {
			t.Errorf("ParseTaxCode(%q): error %s (%v), want %s", c.in, e.Key, e, c.key)
		}
		if code != "" || kind != TaxNone {
			t.Errorf("ParseTaxCode(%q) refused but returned %q, %d", c.in, code, kind)
		}
		if e.In(i18n.EN) == string(e.Key) || e.In(i18n.VI) == string(e.Key) {
			t.Errorf("ParseTaxCode(%q): message %s has no catalog text", c.in, e.Key)
		}
	}
}

func TestTaxKindLabel(t *testing.T) {
	for k := TaxNone; k <= TaxPersonal+1; k++ {
		for _, l := range []i18n.Lang{i18n.VI, i18n.EN} {
			if got := k.Label(l); got == "" || got[:4] == "tax." {
				t.Errorf("TaxKind(%d).Label(%d) = %q", k, l, got)
			}
		}
	}
	if TaxBranch.Label(i18n.VI) == TaxBranch.Label(i18n.EN) {
		t.Error("labels are not translated")
	}
}
