package store

import (
	"fmt"
	"strconv"
	"strings"

	"khuyencong/i18n"
	"khuyencong/model"
)

// seedRules gives a new database the national norms as dated rules. A
// database made before rules existed has none until an admin imports
// them, so its checks stay what they were (its ceilings).
func seedRules(tx KVTx) error {
	st := model.DefaultSettings()
	st.Rules = model.NationalRules()
	if err := tx.Bucket(bucketSettings).Put(keySettings, encodeSettings(&st)); err != nil {
		return fmt.Errorf("seed rules: %w", err)
	}
	return nil
}

// SaveRules replaces the whole rules table in one write: an import is all
// or nothing. Admins only, like every setting.
func (s *Store) SaveRules(a Actor, rules []model.Rule) error {
	st := s.Snapshot().Settings
	st.Rules = rules
	return s.SaveSettings(a, st)
}

// rulesDiff lists the rules that changed by position, each as its row of
// cells, for the audit trail.
func rulesDiff(old, new []model.Rule) []Change {
	var cs []Change
	row := func(rs []model.Rule, i int) string {
		if i >= len(rs) {
			return ""
		}
		return strings.Join(model.RuleCells(&rs[i], i18n.VI), " | ")
	}
	for i := range max(len(old), len(new)) {
		if o, n := row(old, i), row(new, i); o != n {
			cs = append(cs, Change{Field: "rule." + strconv.Itoa(i+1), Old: o, New: n})
		}
	}
	return cs
}

func deadlinesText(d *model.Deadlines) string {
	return strconv.Itoa(int(d.Register)) + " " + strconv.Itoa(int(d.Forward)) + " " +
		strconv.Itoa(int(d.Dossier)) + " " + strconv.Itoa(int(d.Liquidate)) + " " +
		strconv.Itoa(int(d.Soon)) + " " + d.Basis
}
