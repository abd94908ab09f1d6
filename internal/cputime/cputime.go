// Package cputime reads the CPU time the process has used, so that
// benchmarks can report throughput per core, which stays meaningful on a
// busy machine where wall time undercounts it.
package cputime

import "time"

// Used returns the CPU time (user and system) the process has used so
// far, or 0 where the system does not tell.
func Used() time.Duration { return time.Duration(now()) }
