package model

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
)

// rulesDefaultCSV is the national support norms as shipped: ND 45/2012 as
// amended by ND 235/2025 (in force 15/10/2025), TTLT 26/2014/TTLT-BTC-BCT
// and TT 28/2018/TT-BTC as amended by TT 64/2024/TT-BTC. Where a figure
// was not found the row has none, for the centre to enter. It is in the
// same layout as `khuyencong rules export`, so an admin can start from it.
//
//go:embed rules_default.csv
var rulesDefaultCSV []byte

// NationalRules is a fresh copy of the shipped norms. A new database
// starts with them; an older one keeps its ceilings until an admin
// imports rules.
func NationalRules() []Rule {
	rs, err := ReadRulesCSV(rulesDefaultCSV)
	if err != nil {
		// The file is part of the program and a test reads it.
		panic(fmt.Sprintf("rules_default.csv: %v", err))
	}
	return rs
}

// ReadRulesCSV reads a rules table from UTF-8 CSV text with its header.
func ReadRulesCSV(b []byte) ([]Rule, error) {
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read rules: %w", err)
	}
	if len(rows) == 0 {
		return nil, Errorf(MsgRuleMissingColumns, "*")
	}
	idx, e := RuleHeader(rows[0])
	if e != nil {
		return nil, e
	}
	rs := make([]Rule, 0, len(rows)-1)
	for i, row := range rows[1:] {
		r, ps := ParseRuleRow(idx, row)
		if len(ps) > 0 {
			return nil, fmt.Errorf("row %d: %w", i+2, ps)
		}
		rs = append(rs, r)
	}
	return rs, nil
}
