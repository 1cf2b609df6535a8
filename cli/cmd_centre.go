package cli

import (
	"flag"
	"fmt"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/vntext"
)

var centreCmd = &command{
	name:    "centre",
	args:    MsgCmdCentreArgs,
	summary: MsgCmdCentreSummary,
	help:    MsgCmdCentreHelp,
	remote:  true,
	examples: []string{
		"khuyencong centre",
		"khuyencong centre --name \"Trung tâm Khuyến công và Tư vấn phát triển công nghiệp\" --parent \"Sở Công Thương\"",
		"khuyencong centre --director \"Nguyễn Văn A\" --accountant \"Trần Thị B\" --preparer \"Lê Văn C\"",
	},
	setup: func(fs *flag.FlagSet) runFunc {
		var c model.Centre
		fs.StringVar(&c.Name, "name", "", string(MsgFlagCentreName))
		fs.StringVar(&c.Parent, "parent", "", string(MsgFlagCentreParent))
		fs.StringVar(&c.Director, "director", "", string(MsgFlagCentreDirector))
		fs.StringVar(&c.Accountant, "accountant", "", string(MsgFlagCentreAccountant))
		fs.StringVar(&c.Preparer, "preparer", "", string(MsgFlagCentrePreparer))
		return func(e *env, _ []string) error {
			set := map[string]bool{}
			fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
			return runCentre(e, c, set)
		}
	},
}

// runCentre prints the names the papers are signed with, or changes the
// ones given (admins; the store checks the role and the names).
func runCentre(e *env, c model.Centre, set map[string]bool) error {
	if len(set) == 0 {
		return e.withStore(openRead, func(st *store.Store) error {
			printCentre(e, st.Snapshot().Settings.Centre)
			return nil
		})
	}
	return e.withStore(openWrite, func(st *store.Store) error {
		s := st.Snapshot().Settings
		for name, field := range map[string]*string{"name": &s.Centre.Name, "parent": &s.Centre.Parent,
			"director": &s.Centre.Director, "accountant": &s.Centre.Accountant, "preparer": &s.Centre.Preparer} {
			if set[name] {
				*field = vntext.CleanLine(centreValue(name, c))
			}
		}
		if err := st.SaveSettings(e.actor, s); err != nil {
			return err
		}
		printCentre(e, s.Centre)
		return nil
	})
}

func centreValue(name string, c model.Centre) string {
	switch name {
	case "name":
		return c.Name
	case "parent":
		return c.Parent
	case "director":
		return c.Director
	case "accountant":
		return c.Accountant
	}
	return c.Preparer
}

func printCentre(e *env, c model.Centre) {
	l := e.cfg.Lang
	rows := [][2]string{}
	for _, f := range []struct{ field, v string }{{"centre_name", c.Name}, {"centre_parent", c.Parent},
		{"centre_director", c.Director}, {"centre_accountant", c.Accountant}, {"centre_preparer", c.Preparer}} {
		v := f.v
		if v == "" {
			v = l.T(MsgCentreUnsetValue)
		}
		rows = append(rows, [2]string{model.FieldLabel(f.field, l), v})
	}
	writeRows(e.stdout, rows)
	fmt.Fprintln(e.stdout)
}
