package main

import (
	"fmt"
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// BenchmarkWorkers measures the throughput of 1, 2 and 3 worker processes
// on PostgreSQL and NATS: 1,500 generated articles are queued, then the
// workers start; stored/s counts articles cleaned, stored and
// acknowledged per second, placed/s articles also placed in stories
// (analysis included), and stop-s is how long the workers then take to
// stop on SIGTERM (each analyses what it stored; one full re-analysis of
// the store serves them all). Run it with -benchtime=1x: one iteration is
// one whole queue. On one machine the workers share its cores with
// PostgreSQL and NATS, so this measures contention as much as scaling.
func BenchmarkWorkers(b *testing.B) {
	bin := buildCLI(b)
	dir, files := corpusDir(b, 99, 1500)
	for _, workers := range []int{1, 2, 3} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			var stored, placed, stop time.Duration
			for range b.N {
				b.StopTimer()
				pg := testPostgres(b)
				natsURL, queue := testQueue(b)
				if _, serr, code := runTB(b, "migrate", "--db", pg); code != 0 {
					b.Fatalf("migrate: exit %d\n%s", code, serr)
				}
				if _, serr, code := runTB(b, "ingest", "-q", "--queue", natsURL, "--queue-name", queue, dir); code != 0 {
					b.Fatalf("ingest --queue: exit %d\n%s", code, serr)
				}
				b.StartTimer()
				t0 := time.Now()
				var procs []*exec.Cmd
				for range workers {
					cmd, _ := startProc(b, bin, "worker", "-q", "--queue", natsURL, "--queue-name", queue, "--db", pg)
					procs = append(procs, cmd)
				}
				s, p := waitPlaced(b, pg, files, 5*time.Minute)
				stored += s.Sub(t0)
				placed += p.Sub(t0)
				b.StopTimer()
				t1 := time.Now()
				for _, cmd := range procs {
					if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
						b.Fatal(err)
					}
				}
				for i, cmd := range procs {
					if err := cmd.Wait(); err != nil {
						b.Fatalf("worker %d did not stop cleanly on SIGTERM: %v", i, err)
					}
				}
				stop += time.Since(t1)
			}
			b.ReportMetric(float64(files*b.N)/stored.Seconds(), "stored/s")
			b.ReportMetric(float64(files*b.N)/placed.Seconds(), "placed/s")
			b.ReportMetric(stop.Seconds()/float64(b.N), "stop-s")
		})
	}
}
