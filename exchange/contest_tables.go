package exchange

import (
	"khuyencong/model"
	"khuyencong/store"
)

// contestTablesOf are the snapshot's contest tables.
type contestTablesOf struct {
	rounds  *store.Table[model.Round]
	entries *store.Table[model.Entry]
	sheets  *store.Table[model.ScoreSheet]
}

func contestTables(s *store.Snapshot) contestTablesOf {
	return contestTablesOf{store.TableOf[model.Round](s), store.TableOf[model.Entry](s), store.TableOf[model.ScoreSheet](s)}
}
