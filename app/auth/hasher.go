package auth

import (
	"bufio"
	"context"
	"errors"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// ErrBusy refuses a password check or hash when every hashing slot is taken and the queue is
// full, or the wait for a slot ran out: the caller is told to come back shortly (503).
var ErrBusy = errors.New("auth: too many sign-ins at once")

const (
	// hashQueuePerSlot is how many callers may wait for each slot.
	hashQueuePerSlot = 8
	// hashWait is the longest a caller waits in the queue.
	hashWait         = 10 * time.Second
	busyRetrySeconds = 2
)

// Hasher runs argon2id, which takes argonMemory KiB each time, a bounded number at once, so
// that a burst of sign-ins cannot take the server's memory: the rest wait in a bounded queue
// and beyond it are refused with ErrBusy.
type Hasher struct {
	slots chan struct{}
	// admitted holds one place for each caller running or waiting.
	admitted chan struct{}
	wait     time.Duration
}

// NewHasher lets slots hashes run at once, with hashQueuePerSlot callers waiting per slot.
func NewHasher(slots int) *Hasher {
	slots = max(slots, 1)
	return &Hasher{slots: make(chan struct{}, slots), admitted: make(chan struct{}, slots*(1+hashQueuePerSlot)), wait: hashWait}
}

// Do runs fn in a hashing slot, or returns ErrBusy without running it.
func (h *Hasher) Do(ctx context.Context, fn func()) error {
	select {
	case h.admitted <- struct{}{}:
	default:
		return ErrBusy
	}
	defer func() { <-h.admitted }()
	timer := time.NewTimer(h.wait)
	defer timer.Stop()
	select {
	case h.slots <- struct{}{}:
	case <-timer.C:
		return ErrBusy
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-h.slots }()
	fn()
	return nil
}

// maxDefaultHashSlots bounds the automatic size: four hashes at once sign in some eighty
// people a second and hold under 100 MiB however many cores the machine has.
const maxDefaultHashSlots = 4

// DefaultHashSlots is the number of hashes run at once when no setting says: one per core up
// to maxDefaultHashSlots, and no more than an eighth of the memory (the cgroup's limit when
// lower than the machine's) allows at argonMemory each.
func DefaultHashSlots() int {
	slots := min(runtime.NumCPU(), maxDefaultHashSlots)
	if mem := memoryLimit(); mem > 0 {
		slots = min(slots, int(mem/8/(argonMemory*1024)))
	}
	return max(slots, 1)
}

// memoryLimit is the memory this process may use in bytes, 0 when unknown.
func memoryLimit() int64 {
	var total int64
	if f, err := os.Open("/proc/meminfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
				total = kb * 1024
			}
		}
		f.Close()
	}
	if b, err := os.ReadFile("/sys/fs/cgroup/memory.max"); err == nil {
		if n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil && (total == 0 || n < total) {
			total = n
		}
	}
	return total
}
