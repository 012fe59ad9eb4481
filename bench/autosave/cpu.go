package main

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"assay/bench/internal/assayproc"
)

// backendCPU follows the CPU time of the PostgreSQL processes serving one database (their
// titles name it; the server must run on this machine), so that what PostgreSQL spends on a
// run is told apart from what other databases of the same server cost meanwhile. It samples
// /proc every 100 ms: a backend that exits loses only the time since its last sample.
type backendCPU struct {
	title string
	mu    sync.Mutex
	// first and last are each backend's CPU seconds when first and last seen.
	first, last map[int]float64
	stop, done  chan struct{}
}

// followBackends starts following the backends of the database databaseURL names.
func followBackends(databaseURL string) *backendCPU {
	name := ""
	if u, err := url.Parse(databaseURL); err == nil {
		name = strings.TrimPrefix(u.Path, "/")
	}
	b := &backendCPU{title: " " + name + " ", first: map[int]float64{}, last: map[int]float64{},
		stop: make(chan struct{}), done: make(chan struct{})}
	b.sample()
	go func() {
		defer close(b.done)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-b.stop:
				return
			case <-t.C:
				b.sample()
			}
		}
	}()
	return b
}

// sample reads the CPU time of every backend of the database.
func (b *backendCPU) sample() {
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, d := range dirs {
		cmd, err := os.ReadFile(d + "/cmdline")
		if err != nil || !strings.HasPrefix(string(cmd), "postgres: ") || !strings.Contains(string(cmd), b.title) {
			continue
		}
		pid, _ := strconv.Atoi(filepath.Base(d))
		cpu := assayproc.CPUSeconds(pid)
		b.mu.Lock()
		if _, ok := b.first[pid]; !ok {
			b.first[pid] = cpu
		}
		b.last[pid] = max(b.last[pid], cpu)
		b.mu.Unlock()
	}
}

// Stop ends the following and returns the CPU seconds the backends spent since it began.
func (b *backendCPU) Stop() float64 {
	b.sample()
	close(b.stop)
	<-b.done
	b.mu.Lock()
	defer b.mu.Unlock()
	total := 0.0
	for pid, cpu := range b.last {
		total += cpu - b.first[pid]
	}
	return total
}

// cpuBudget is the CPU time one operation costs on this machine, split by process.
type cpuBudget struct {
	// client is the load generator's (pgbench, or this program's attackers), app Assay's
	// (zero for pgbench), server PostgreSQL's: in seconds per operation.
	client, app, server float64
}

func (c cpuBudget) total() float64 { return c.client + c.app + c.server }

// budgetRows prints what CPU a pgbench transaction and a save cost, and the ratio of the two
// rates that follows when both runs use all of the same cores: rate = cores / CPU per
// operation, so the ratio can be at most pgbench's CPU per transaction over a save's.
func budgetRows(pgbench, save cpuBudget) {
	row("  CPU per pgbench tx: pgbench + PostgreSQL (ms)",
		fmt.Sprintf("%.3f + %.3f = %.3f", pgbench.client*1000, pgbench.server*1000, pgbench.total()*1000), "", "")
	row("  CPU per save: Assay + PostgreSQL + load gen (ms)",
		fmt.Sprintf("%.2f + %.2f + %.2f = %.2f", save.app*1000, save.server*1000, save.client*1000, save.total()*1000), "", "")
	if save.total() > 0 {
		row("  highest ratio that CPU allows", fmt.Sprintf("%.3f", pgbench.total()/save.total()), "", "")
	}
	if save.server > 0 {
		// What the save's own statement costs the database bounds the ratio however lean Assay
		// and the load generator become: were both free, a save would still cost this much.
		row("  highest ratio PostgreSQL's part of a save allows", fmt.Sprintf("%.3f", pgbench.total()/save.server), "", "")
	}
	row("  CPU per save a ratio of 0.5 allows (ms)", fmt.Sprintf("%.3f", 2*pgbench.total()*1000), "", "")
}
