package merge

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/config"
	"github.com/onehead/onehead/internal/alembic/graph"
	"github.com/onehead/onehead/internal/alembic/script"
	"github.com/onehead/onehead/internal/python"
)

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no time zone database entry for %s: %v", name, err)
	}
	return loc
}

// TestDatetimePython checks str(), repr() and strftime() against what
// CPython 3.11 printed for the same datetimes (C locale).
func TestDatetimePython(t *testing.T) {
	paris := &Datetime{t: time.Date(2026, 5, 24, 14, 32, 7, 123456000, mustZone(t, "Europe/Paris")), aware: true, zone: "Europe/Paris"}
	naive := &Datetime{t: time.Date(2024, 1, 5, 9, 3, 0, 0, time.UTC)}
	utc := &Datetime{t: time.Date(2026, 5, 24, 12, 32, 7, 0, time.UTC), aware: true}
	fixed := &Datetime{t: time.Date(2026, 5, 24, 12, 32, 7, 0, time.FixedZone("", -(3*3600+1800))), aware: true}

	strs := []struct {
		d          *Datetime
		str, repr_ string
	}{
		{paris, "2026-05-24 14:32:07.123456+02:00", "datetime.datetime(2026, 5, 24, 14, 32, 7, 123456, tzinfo=zoneinfo.ZoneInfo(key='Europe/Paris'))"},
		{naive, "2024-01-05 09:03:00", "datetime.datetime(2024, 1, 5, 9, 3)"},
		{utc, "2026-05-24 12:32:07+00:00", "datetime.datetime(2026, 5, 24, 12, 32, 7, tzinfo=datetime.timezone.utc)"},
		{fixed, "2026-05-24 12:32:07-03:30", "datetime.datetime(2026, 5, 24, 12, 32, 7, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=73800)))"},
	}
	for _, tt := range strs {
		if got, _ := tt.d.PyStr(); got != tt.str {
			t.Errorf("str: got %q, want %q", got, tt.str)
		}
		if got, _ := tt.d.PyRepr(); got != tt.repr_ {
			t.Errorf("repr: got %q, want %q", got, tt.repr_)
		}
	}

	formats := []struct {
		format, paris, naive string
	}{
		{"%Y-%m-%d %H:%M:%S.%f%z %Z", "2026-05-24 14:32:07.123456+0200 CEST", "2024-01-05 09:03:00.000000 "},
		{"%a %A %b %B %c", "Sun Sunday May May Sun May 24 14:32:07 2026", "Fri Friday Jan January Fri Jan  5 09:03:00 2024"},
		{"%x %X %D %F %T %R", "05/24/26 14:32:07 05/24/26 2026-05-24 14:32:07 14:32", "01/05/24 09:03:00 01/05/24 2024-01-05 09:03:00 09:03"},
		{"%j %U %W %w %u %G %V", "144 21 20 0 7 2026 21", "005 00 01 5 5 2024 01"},
		{"%I %l %p %e %k %C %y %-d %-m %-H", "02  2 PM 24 14 20 26 24 5 14", "09  9 AM  5  9 20 24 5 1 9"},
		{"%%", "%", "%"},
		{"%h %n%t", "May \n\t", "Jan \n\t"},
	}
	for _, tt := range formats {
		for _, c := range []struct {
			d    *Datetime
			want string
		}{{paris, tt.paris}, {naive, tt.naive}} {
			if got, err := c.d.strftime(tt.format); err != nil || got != c.want {
				t.Errorf("strftime(%q): got %q, %v; want %q", tt.format, got, err, c.want)
			}
		}
	}
	if got, _ := fixed.strftime("%z %Z"); got != "-0330 UTC-03:30" {
		t.Errorf("fixed offset %%z %%Z: got %q", got)
	}
	var ns *python.NotStaticError
	if _, err := naive.strftime("%Q"); !errors.As(err, &ns) {
		t.Errorf("an unknown directive must be refused as not static, got %v", err)
	}
}

// TestCreateDate covers Alembic's timezone lookup: the name, then the
// name upper-cased, then FAILED; keys zoneinfo rejects crash.
func TestCreateDate(t *testing.T) {
	mustZone(t, "Europe/Paris")
	now := time.Date(2026, 11, 24, 18, 51, 45, 10663_999, time.UTC)
	tests := []struct {
		tz      string
		set     bool
		want    string
		failed  string // an Alembic FAILED: message
		crashes bool
	}{
		{"", false, "2026-11-24 18:51:45.010663", "", false},
		{"UTC", true, "2026-11-24 18:51:45.010663+00:00", "", false},
		{"utc", true, "2026-11-24 18:51:45.010663+00:00", "", false},
		{"Europe/Paris", true, "2026-11-24 19:51:45.010663+01:00", "", false},
		{"Europe/paris", true, "", "Can't locate timezone: Europe/paris", false},
		{"Local", true, "", "Can't locate timezone: Local", false},
		{"", true, "", "", true},
		{"/etc/localtime", true, "", "", true},
		{"Europe//Paris", true, "", "", true},
	}
	for _, tt := range tests {
		cfg := &config.Config{Timezone: tt.tz, TimezoneSet: tt.set, Sources: map[string]config.Source{}, UseErrors: map[string]error{}}
		d, err := createDate(cfg, now, time.UTC)
		var failed *alembic.Failed
		switch {
		case tt.failed != "":
			if !errors.As(err, &failed) || failed.Message != tt.failed {
				t.Errorf("%q: want FAILED %q, got %v", tt.tz, tt.failed, err)
			}
		case tt.crashes:
			if err == nil || errors.As(err, &failed) {
				t.Errorf("%q: want a crash (not FAILED), got %v", tt.tz, err)
			}
		default:
			got := ""
			if err == nil {
				got, _ = d.PyStr()
			}
			if got != tt.want {
				t.Errorf("%q: got %q, %v; want %q", tt.tz, got, err, tt.want)
			}
		}
	}
}

// TestParentsDate checks --date-from-parents: the newest parent wins
// whoever runs the merge, and the date keeps its form.
func TestParentsDate(t *testing.T) {
	parent := func(doc string) *graph.Node {
		return &graph.Node{Revision: &script.Revision{Doc: doc}}
	}
	p1 := parent("one\n\nRevision ID: a\nCreate Date: 2026-04-13 16:45:00.000001\n")
	p2 := parent("two\n\nCreate Date: 2026-04-22 18:30:59.999999\n")
	p3 := parent("three\n\nCreate Date: 2026-04-22 20:30:00+03:00\n")
	none := parent("no date here")
	noTZ := &config.Config{}
	for _, local := range []*time.Location{time.UTC, mustZone(t, "Asia/Tokyo")} {
		d, err := parentsDate(noTZ, []*graph.Node{p1, p2, none}, local)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := d.PyStr(); got != "2026-04-22 18:30:59.999999" {
			t.Errorf("local %s: got %q", local, got)
		}
	}
	// 20:30+03:00 is 17:30 UTC, older than the naive 18:30 read as UTC.
	d, _ := parentsDate(noTZ, []*graph.Node{p3, p2}, time.UTC)
	if got, _ := d.PyStr(); got != "2026-04-22 18:30:59.999999" {
		t.Errorf("aware vs naive: got %q", got)
	}
	d, _ = parentsDate(noTZ, []*graph.Node{p3}, time.UTC)
	if got, _ := d.PyStr(); got != "2026-04-22 20:30:00+03:00" {
		t.Errorf("an aware date keeps its offset: got %q", got)
	}
	paris := &config.Config{Timezone: "Europe/Paris", TimezoneSet: true, UseErrors: map[string]error{}}
	mustZone(t, "Europe/Paris")
	d, _ = parentsDate(paris, []*graph.Node{p3}, time.UTC)
	if got, _ := d.PyStr(); got != "2026-04-22 19:30:00+02:00" {
		t.Errorf("converted to the configured zone: got %q", got)
	}
	d, _ = parentsDate(paris, []*graph.Node{p1}, time.UTC)
	if got, _ := d.PyStr(); got != "2026-04-13 16:45:00.000001+02:00" {
		t.Errorf("a naive date is wall time in the configured zone: got %q", got)
	}
	if _, err := parentsDate(noTZ, []*graph.Node{none}, time.UTC); err == nil || !strings.Contains(err.Error(), "Create Date") {
		t.Errorf("no date: got %v", err)
	}
}
