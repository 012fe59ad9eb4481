// Package metrics shows the state of Assay's data to Prometheus: assessments by status,
// evidence that could not be read, River's jobs queued and failed, and webhook deliveries by
// status. Each scrape costs at most one grouped query, and scrapes closer together than the
// cache's life share one.
package metrics

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"assay/app/model"
	"assay/app/store"
)

// CacheFor is how long one query's counts serve scrapes.
const CacheFor = 2 * time.Second

var (
	assessments = prometheus.NewDesc("assay_assessments", "Assessments by status.", []string{"status"}, nil)
	readings    = prometheus.NewDesc("assay_readings_failed", "Evidence files that could not be read (marked unreadable, with the reason).", nil, nil)
	jobsQueued  = prometheus.NewDesc("assay_jobs_queued",
		"Background jobs waiting to run (available, scheduled or waiting for a retry), by kind.", []string{"kind"}, nil)
	jobsRunning = prometheus.NewDesc("assay_jobs_running", "Background jobs running now, by kind.", []string{"kind"}, nil)
	jobsFailed  = prometheus.NewDesc("assay_jobs_failed",
		"Background jobs given up, by kind: failed every attempt, or cancelled as hopeless (River keeps them a day or a week).", []string{"kind"}, nil)
	deliveries = prometheus.NewDesc("assay_webhook_deliveries",
		"Webhook deliveries in the log by status: pending, retrying, succeeded, or failed (given up after a day of retries).",
		[]string{"status"}, nil)
	up = prometheus.NewDesc("assay_data_metrics_up", "1 when the counts above could be read from the database, 0 when not.", nil, nil)
)

// assessmentStatuses are shown even at zero, so a graph of each starts before the first one.
var assessmentStatuses = []string{model.StatusSent, model.StatusInProgress, model.StatusSubmitted, model.StatusScored,
	model.StatusReturned, model.StatusCancelled, model.StatusExpired}

var deliveryStatuses = []string{model.DeliveryPending, model.DeliveryRetrying, model.DeliverySucceeded, model.DeliveryFailed}

// Collector is a prometheus.Collector of the data's counts.
type Collector struct {
	store *store.Store
	log   *slog.Logger

	mu   sync.Mutex
	at   time.Time
	last []store.Tally
	ok   bool
}

// New returns a Collector reading st.
func New(st *store.Store, log *slog.Logger) *Collector { return &Collector{store: st, log: log} }

// Describe sends the descriptions of every metric.
func (c *Collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{assessments, readings, jobsQueued, jobsRunning, jobsFailed, deliveries, up} {
		ch <- d
	}
}

// tallies are the counts of the last CacheFor, or fresh ones.
func (c *Collector) tallies() ([]store.Tally, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if time.Since(c.at) < CacheFor {
		return c.last, c.ok
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ts, err := c.store.Tallies(ctx)
	if err != nil {
		c.log.Warn("metrics: could not count the data", "error", err)
	}
	c.at, c.last, c.ok = time.Now(), ts, err == nil
	return ts, c.ok
}

// Collect sends the counts; when the database cannot be read, only assay_data_metrics_up 0.
func (c *Collector) Collect(ch chan<- prometheus.Metric) {
	ts, ok := c.tallies()
	if !ok {
		ch <- prometheus.MustNewConstMetric(up, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(up, prometheus.GaugeValue, 1)
	byStatus := map[string]float64{}
	byDelivery := map[string]float64{}
	queued, running, failed := map[string]float64{}, map[string]float64{}, map[string]float64{}
	var unreadable float64
	for _, t := range ts {
		n := float64(t.N)
		switch t.Family {
		case store.TallyAssessments:
			byStatus[t.Label] += n
		case store.TallyReadingsFailed:
			unreadable += n
		case store.TallyWebhookDeliveries:
			byDelivery[t.Label] += n
		case store.TallyJobs:
			switch t.Label {
			case "running":
				running[t.Kind] += n
			case "discarded", "cancelled":
				failed[t.Kind] += n
			default:
				queued[t.Kind] += n
			}
		}
	}
	for _, s := range assessmentStatuses {
		if _, seen := byStatus[s]; !seen {
			byStatus[s] = 0
		}
	}
	for _, s := range deliveryStatuses {
		if _, seen := byDelivery[s]; !seen {
			byDelivery[s] = 0
		}
	}
	for s, n := range byStatus {
		ch <- prometheus.MustNewConstMetric(assessments, prometheus.GaugeValue, n, s)
	}
	for s, n := range byDelivery {
		ch <- prometheus.MustNewConstMetric(deliveries, prometheus.GaugeValue, n, s)
	}
	ch <- prometheus.MustNewConstMetric(readings, prometheus.GaugeValue, unreadable)
	for _, m := range []struct {
		desc   *prometheus.Desc
		counts map[string]float64
	}{{jobsQueued, queued}, {jobsRunning, running}, {jobsFailed, failed}} {
		for kind, n := range m.counts {
			ch <- prometheus.MustNewConstMetric(m.desc, prometheus.GaugeValue, n, kind)
		}
	}
}
