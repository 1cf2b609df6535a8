package main

import (
	"context"
	"fmt"

	"khuyencong/model"
)

// runApp runs the terminal app on this terminal: what `khuyencong` does
// without a command. Until the app exists it says so and succeeds.
func runApp(ctx context.Context, cfg config) error {
	_ = ctx
	_, err := fmt.Fprintln(cfg.Stdout, cfg.Lang.T(model.MsgCLIAppNotBuilt))
	return err
}
