package cli

import (
	"flag"

	"khuyencong/store"
)

var unitsProvinceCmd = &command{
	name:     "province",
	args:     MsgCmdUnitsProvinceArgs,
	summary:  MsgCmdUnitsProvinceSummary,
	maxArgs:  1,
	examples: []string{"khuyencong units province", "khuyencong units province \"Phú Thọ\"", "khuyencong units province 25"},
	setup:    func(*flag.FlagSet) runFunc { return runUnitsProvince },
}

// runUnitsProvince prints the centre's province, or sets it (admins).
func runUnitsProvince(e *env, args []string) error {
	if len(args) == 0 {
		return e.withStore(openRead, func(st *store.Store) error {
			snap := st.Snapshot()
			if p := snap.Settings.Province; p != "" {
				e.say(MsgUnitsProvinceIs, snap.Units.ProvinceLabel(p), p)
			} else {
				e.say(MsgUnitsProvinceUnset)
			}
			return nil
		})
	}
	return e.withStore(openWrite, func(st *store.Store) error {
		snap := st.Snapshot()
		code, ok := snap.Units.ProvinceByName(args[0])
		if !ok {
			return usageErr(MsgUnitsNoSuchProvince, args[0])
		}
		set := snap.Settings
		set.Province = code
		if err := st.SaveSettings(e.actor, set); err != nil {
			return err
		}
		e.say(MsgUnitsProvinceSet, snap.Units.ProvinceLabel(code), code)
		return nil
	})
}
