package model

import (
	"math"
	"strings"
)

// A project with several beneficiaries records the counterpart funds
// (vốn đối ứng) each of them brings, in the order of Beneficiaries: the
// settlement sheet and the beneficiary's history need them, and Decree
// 45/2012/NĐ-CP Art. 5 supports a facility's project in part only, so its
// own share is what it put in. An empty list means not split.

// FormatShares writes the amounts as "120.000.000; 80.000.000".
func FormatShares(ms []Money) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = m.Full()
	}
	return strings.Join(parts, "; ")
}

// ParseShares reads what FormatShares writes; each amount may be written as
// any money (2.170 tr, 2,17 tỷ).
func ParseShares(s string) ([]Money, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var out []Money
	for part := range strings.SplitSeq(s, ";") {
		m, err := ParseMoney(strings.TrimSpace(part))
		if err != nil {
			return nil, err
		}
		if m < 0 {
			return nil, Errorf(MsgNegative)
		}
		out = append(out, m)
	}
	return out, nil
}

// shares checks the split against the beneficiaries and the total.
func (ps *Problems) shares(p *Project) {
	if len(p.CounterpartBy) == 0 {
		return
	}
	if len(p.CounterpartBy) != len(p.Beneficiaries) {
		ps.add("counterpart_by", MsgSharesCount, len(p.CounterpartBy), len(p.Beneficiaries))
		return
	}
	var sum Money
	for _, m := range p.CounterpartBy {
		if m < 0 || sum > math.MaxInt64-m {
			ps.add("counterpart_by", MsgNegative)
			return
		}
		sum += m
	}
	if sum != p.Counterpart {
		ps.add("counterpart_by", MsgSharesSum, sum.String(), p.Counterpart.String())
	}
}
