package config_test

import (
	"maps"
	"strings"
	"testing"

	"assay/app/config"
)

func TestReassessCadence(t *testing.T) {
	c, err := config.Load(nil, env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]int{"critical": 12, "high": 12, "medium": 24, "low": 36}; !maps.Equal(c.ReassessCadence, want) {
		t.Fatalf("default cadence %v, want %v", c.ReassessCadence, want)
	}
	c, err = config.Load([]string{"--reassess-cadence", " Medium = 18, low=48 "}, env(map[string]string{"ASSAY_REASSESS_CADENCE": "critical=6"}))
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]int{"critical": 12, "high": 12, "medium": 18, "low": 48}; !maps.Equal(c.ReassessCadence, want) {
		t.Fatalf("flag over defaults: %v, want %v", c.ReassessCadence, want)
	}
	for value, says := range map[string]string{
		"critical=0":          "from 1 to 120",
		"high=121":            "from 1 to 120",
		"low=soon":            "from 1 to 120",
		"vital=12":            "not a tier",
		"critical":            "not tier=months",
		"medium=12,medium=24": "given twice",
	} {
		_, err := config.Load(nil, env(map[string]string{"ASSAY_REASSESS_CADENCE": value}))
		if err == nil || !strings.Contains(err.Error(), "reassess-cadence") || !strings.Contains(err.Error(), says) {
			t.Errorf("%q: error %v, want one naming reassess-cadence and saying %q", value, err, says)
		}
	}
}
