package cli

import (
	"flag"
	"time"

	"khuyencong/exchange"
	"khuyencong/model"
	"khuyencong/store"
)

var sampleCmd = &command{
	name:    "sample",
	args:    MsgCmdSampleArgs,
	summary: MsgCmdSampleSummary,
	help:    MsgCmdSampleHelp,
	examples: []string{
		"khuyencong sample",
		"khuyencong --db /tmp/thu.db sample --facilities 1000000",
	},
	setup: func(fs *flag.FlagSet) runFunc {
		n := fs.Int("facilities", exchange.DefaultSampleFacilities, string(MsgFlagFacilities))
		seed := fs.Int64("seed", 1, string(MsgFlagSeed))
		return func(e *env, _ []string) error { return runSample(e, *n, *seed) }
	},
}

func runSample(e *env, n int, seed int64) error {
	if n < 0 || n > exchange.MaxSampleFacilities {
		return usageErr(model.MsgSampleRange, grouped(exchange.MaxSampleFacilities))
	}
	return e.withStore(openCreate, func(st *store.Store) error {
		start := time.Now()
		stats, err := exchange.LoadSample(e.ctx, st, e.actor, n, seed)
		if err != nil {
			return err
		}
		took := time.Since(start).Round(10 * time.Millisecond)
		e.say(MsgSampleDone, st.Path(), grouped(stats.Facilities), grouped(stats.Projects),
			grouped(stats.Allocations), grouped(stats.Payments), took.String())
		return nil
	})
}
