//go:build race

package server

// loadSessions is how many editors TestLoadManySessions logs in. Under the
// race detector every session runs several times slower, and CI runs the
// store's race tests beside these on two cores: fifty sessions there test
// the machine, not the code. A dozen still interleave every path (log in,
// filter, edit, save, live update) that the detector has to see.
const loadSessions = 12
