package config_test

import (
	"strings"
	"testing"

	"assay/app/config"
)

func TestFindingDueDays(t *testing.T) {
	c, err := config.Load(nil, env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if d := c.FindingDueDays; d["critical"] != 14 || d["high"] != 30 || d["medium"] != 60 || d["low"] != 90 {
		t.Fatalf("default due days: %v", d)
	}
	c, err = config.Load([]string{"--finding-due-days", "low=120, medium=45,high=10,critical=3"}, env(nil))
	if err != nil || c.FindingDueDays["high"] != 10 || c.FindingDueDays["low"] != 120 {
		t.Fatalf("custom due days: %v %v", c.FindingDueDays, err)
	}
	for _, bad := range []string{"high=30", "critical=14,high=30,medium=60,low=0", "critical=14,high=30,medium=60,urgent=5",
		"critical=14,high=30,high=60,low=90", "critical=14,high=thirty,medium=60,low=90", "critical=14,high=30,medium=60,low=400"} {
		_, err := config.Load(nil, env(map[string]string{"ASSAY_FINDING_DUE_DAYS": bad}))
		if err == nil || !strings.Contains(err.Error(), "finding-due-days") {
			t.Errorf("%q: %v, want an error naming finding-due-days", bad, err)
		}
	}
}
