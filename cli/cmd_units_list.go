package cli

import (
	"flag"

	"khuyencong/dvhc"
	"khuyencong/store"
)

var unitsListCmd = &command{
	name:     "list",
	args:     MsgCmdUnitsListArgs,
	summary:  MsgCmdUnitsListSummary,
	examples: []string{"khuyencong units list", "khuyencong units list --province \"Phú Thọ\"", "khuyencong units list --province 25 --old"},
	setup: func(fs *flag.FlagSet) runFunc {
		prov := fs.String("province", "", string(MsgFlagUnitsProvince))
		old := fs.Bool("old", false, string(MsgFlagUnitsOld))
		return func(e *env, _ []string) error { return runUnitsList(e, *prov, *old) }
	},
}

// runUnitsList prints the provinces, a province's communes, or the old
// communes that went into a province with where they went.
func runUnitsList(e *env, prov string, old bool) error {
	return e.withStore(openRead, func(st *store.Store) error {
		t := st.Units()
		code := ""
		if prov != "" {
			c, ok := t.ProvinceByName(prov)
			if !ok {
				return usageErr(MsgUnitsNoSuchProvince, prov)
			}
			code = c
		}
		l := e.cfg.Lang
		switch {
		case old:
			tt := newTextTable(l.T(MsgUnitsColCode), l.T(MsgUnitsColOld), l.T(MsgUnitsColDistrict),
				l.T(MsgUnitsColOldProvince), l.T(MsgUnitsColNow))
			for _, o := range t.OldCommunes(code) {
				tt.row(o.Code, o.Name, o.District, o.Province, convertedTo(t, o.Code))
			}
			tt.write(e.stdout)
		case code != "":
			tt := newTextTable(l.T(MsgUnitsColCode), l.T(MsgUnitsColCommune))
			for _, c := range t.Communes(code) {
				tt.row(c.Code, c.Name)
			}
			tt.write(e.stdout)
		default:
			tt := newTextTable(l.T(MsgUnitsColCode), l.T(MsgUnitsColProvince), l.T(MsgUnitsColCommunes))
			for _, p := range t.Provinces() {
				tt.row(p.Code, p.Name, grouped(len(t.Communes(p.Code))))
			}
			tt.write(e.stdout)
		}
		return nil
	})
}

// convertedTo is "Xã Bình Nguyên (08935)" or the candidates of a split
// commune joined with " | ".
func convertedTo(t *dvhc.Table, old string) string {
	s := ""
	for i, c := range t.Convert(old) {
		if i > 0 {
			s += " | "
		}
		s += t.CommuneLabel(c.Commune) + " (" + c.Commune + ")"
	}
	return s
}
