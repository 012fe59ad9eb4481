package config_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"assay/app/config"
)

func TestReminderSettings(t *testing.T) {
	c, err := config.Load(nil, env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.SweepInterval != 10*time.Minute || !slices.Equal(c.ReminderDaysBefore, []int{7, 3, 1}) || c.ReminderOverdueEvery != 72*time.Hour {
		t.Fatalf("defaults: %v %v %v", c.SweepInterval, c.ReminderDaysBefore, c.ReminderOverdueEvery)
	}
	c, err = config.Load([]string{"--reminder-days-before=14, 2", "--reminder-overdue-every=0"}, env(nil))
	if err != nil || !slices.Equal(c.ReminderDaysBefore, []int{14, 2}) || c.ReminderOverdueEvery != 0 {
		t.Fatalf("%v %v %v", err, c.ReminderDaysBefore, c.ReminderOverdueEvery)
	}
	c, err = config.Load([]string{"--reminder-days-before="}, env(nil))
	if err != nil || len(c.ReminderDaysBefore) != 0 {
		t.Fatalf("empty schedule: %v %v", err, c.ReminderDaysBefore)
	}
	for k, v := range map[string]string{"ASSAY_SWEEP_INTERVAL": "often", "ASSAY_REMINDER_DAYS_BEFORE": "7,soon",
		"ASSAY_REMINDER_OVERDUE_EVERY": "-3h"} {
		_, err := config.Load(nil, env(map[string]string{k: v}))
		name := strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(k, "ASSAY_"), "_", "-"))
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s=%s: %v", k, v, err)
		}
	}
}
