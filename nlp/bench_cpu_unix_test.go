//go:build unix

package nlp

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time used so far by the process, user and
// system, or 0 when it is unknown. Benchmarks report throughput per CPU
// second too, which stays meaningful on a busy machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
