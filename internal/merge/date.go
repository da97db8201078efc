package merge

import (
	"errors"
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/config"
	"github.com/onehead/onehead/internal/alembic/graph"
	"github.com/onehead/onehead/internal/python"
)

// Datetime is the Python datetime.datetime Alembic hands the template as
// create_date: naive (local wall time) or aware (with a zone), always with
// microsecond precision. Templates print it with str(), and some call
// strftime or read its fields.
type Datetime struct {
	t     time.Time
	aware bool
	// zone is the ZoneInfo key of an aware value ("" for a fixed offset),
	// for repr().
	zone string
}

// createDate is Alembic's ScriptDirectory._generate_create_date: now in
// local time, or now in the configured timezone, looked up as zoneinfo
// does (the name, then the name upper-cased). local is the zone of a naive
// date (the process's TZ in Alembic).
func createDate(cfg *config.Config, now time.Time, local *time.Location) (*Datetime, error) {
	if err := cfg.UseErrors["timezone"]; err != nil {
		return nil, err
	}
	now = now.Truncate(time.Microsecond)
	if !cfg.TimezoneSet {
		return &Datetime{t: now.In(local)}, nil
	}
	loc, key, err := loadZone(cfg.Timezone)
	if errors.Is(err, errNoZone) {
		loc, key, err = loadZone(strings.ToUpper(cfg.Timezone))
		if errors.Is(err, errNoZone) {
			return nil, alembic.Failf("Can't locate timezone: %s", cfg.Timezone)
		}
	}
	if err != nil {
		src := cfg.Sources["timezone"]
		return nil, &alembic.FileError{Path: src.Path, Line: src.Line, Msg: err.Error(), Hint: "use an IANA zone name such as UTC or Europe/Paris"}
	}
	return &Datetime{t: now.In(loc), aware: true, zone: key}, nil
}

var errNoZone = errors.New("no such zone")

// loadZone is zoneinfo.ZoneInfo(key) on Go's time zone database: a key
// zoneinfo refuses outright (absolute, not normalised) is an error, as in
// Python (a ValueError, which Alembic does not catch); a key naming no zone
// file is errNoZone.
func loadZone(key string) (*time.Location, string, error) {
	if strings.HasPrefix(key, "/") || path.Clean(key) != key || key == "." {
		return nil, "", fmt.Errorf("timezone %q: ValueError: ZoneInfo keys must be normalized relative paths (Alembic crashes here)", key)
	}
	if key == "Local" {
		return nil, "", errNoZone // Go's name for the process zone, not a zone file
	}
	loc, err := time.LoadLocation(key)
	if err != nil {
		if strings.Contains(err.Error(), "malformed time zone information") {
			return nil, "", fmt.Errorf("timezone %q: ValueError: %v (Alembic crashes here)", key, err)
		}
		return nil, "", errNoZone
	}
	return loc, key, nil
}

// createDateLine finds a revision file's "Create Date: " docstring line,
// as Alembic's templates write it.
var createDateLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)^Create Date: (\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{6}))?(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?[ \t]*\r?$`)
})

// parentsDate is --date-from-parents: the newest Create Date among the
// parents' docstrings, so that everyone merging the same heads writes the
// same date. Naive dates are compared as UTC, which keeps the choice
// independent of who runs the merge. The value keeps its own form (naive
// or with its offset), converted to the configured timezone when one is
// set.
// errNoCreateDate is --date-from-parents without a date to take.
var errNoCreateDate = errors.New("--date-from-parents: no parent revision has a 'Create Date:' line in its docstring")

func parentsDate(cfg *config.Config, parents []*graph.Node, local *time.Location) (*Datetime, error) {
	var newest *Datetime
	var newestKey time.Time
	for _, p := range parents {
		m := createDateLine().FindStringSubmatch(p.Doc)
		if m == nil {
			continue
		}
		n := make([]int, len(m))
		for i, s := range m[1:] {
			n[i+1], _ = strconv.Atoi(s)
		}
		wall := func(loc *time.Location) time.Time {
			return time.Date(n[1], time.Month(n[2]), n[3], n[4], n[5], n[6], n[7]*1000, loc)
		}
		d := &Datetime{t: wall(local)}
		key := wall(time.UTC)
		if m[8] != "" {
			off := n[9]*3600 + n[10]*60 + n[11]
			if m[8] == "-" {
				off = -off
			}
			d = &Datetime{t: wall(time.FixedZone("", off)), aware: true}
			key = d.t
		}
		if newest == nil || key.After(newestKey) {
			newest, newestKey = d, key
		}
	}
	if newest == nil {
		return nil, errNoCreateDate
	}
	if !cfg.TimezoneSet {
		return newest, nil
	}
	zone, err := createDate(cfg, newest.t, local)
	if err != nil {
		return nil, err
	}
	if !newest.aware {
		// A naive date is read as wall time in the configured zone.
		t := newest.t
		zone.t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), zone.t.Location())
	}
	return zone, nil
}

// epoch is int(create_date.timestamp()): naive values are local time.
func (d *Datetime) epoch() int64 { return d.t.Unix() }

// Type implements python.Value.
func (d *Datetime) Type() string { return "datetime" }

// PyStr is str(datetime): "YYYY-MM-DD HH:MM:SS", ".ffffff" unless the
// microseconds are zero, and the UTC offset of an aware value.
func (d *Datetime) PyStr() (string, error) {
	s := d.t.Format("2006-01-02 15:04:05")
	if us := d.t.Nanosecond() / 1000; us != 0 {
		s += fmt.Sprintf(".%06d", us)
	}
	if d.aware {
		s += d.offset(":")
	}
	return s, nil
}

// offset is the UTC offset as Python prints it: sign, hours and minutes
// joined by sep, and seconds only when there are some.
func (d *Datetime) offset(sep string) string {
	_, off := d.t.Zone()
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	s := fmt.Sprintf("%s%02d%s%02d", sign, off/3600, sep, off/60%60)
	if off%60 != 0 {
		s += fmt.Sprintf("%s%02d", sep, off%60)
	}
	return s
}

// PyRepr is repr(datetime): datetime.datetime(y, m, d, H, M[, S[, us]]
// [, tzinfo=...]).
func (d *Datetime) PyRepr() (string, error) {
	t := d.t
	fields := []int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond() / 1000}
	switch {
	case fields[6] != 0:
	case fields[5] != 0:
		fields = fields[:6]
	default:
		fields = fields[:5]
	}
	parts := make([]string, len(fields))
	for i, f := range fields {
		parts[i] = strconv.Itoa(f)
	}
	s := "datetime.datetime(" + strings.Join(parts, ", ")
	if d.aware {
		_, off := t.Zone()
		switch {
		case d.zone != "":
			s += ", tzinfo=zoneinfo.ZoneInfo(key=" + reprStr(d.zone) + ")"
		case off == 0:
			s += ", tzinfo=datetime.timezone.utc"
		default:
			s += fmt.Sprintf(", tzinfo=datetime.timezone(datetime.timedelta(%s))", timedelta(off))
		}
	}
	return s + ")", nil
}

// timedelta is the argument list of repr(timedelta(seconds=off)).
func timedelta(off int) string {
	days, secs := off/86400, off%86400
	if secs < 0 {
		days, secs = days-1, secs+86400
	}
	if days != 0 {
		return fmt.Sprintf("days=%d, seconds=%d", days, secs)
	}
	return fmt.Sprintf("seconds=%d", secs)
}

func reprStr(s string) string {
	r, _ := python.Repr(python.String(s))
	return r
}

// PyFormat is datetime.__format__: strftime, or str() for an empty spec.
func (d *Datetime) PyFormat(spec string) (string, error) {
	if spec == "" {
		return d.PyStr()
	}
	return d.strftime(spec)
}

// Attr gives the fields and the methods templates use. A datetime
// attribute onehead does not provide is reported as not static, not as a
// Python error, because Python has it.
func (d *Datetime) Attr(name string) (python.Value, error) {
	t := d.t
	switch name {
	case "year":
		return python.Int(t.Year()), nil
	case "month":
		return python.Int(t.Month()), nil
	case "day":
		return python.Int(t.Day()), nil
	case "hour":
		return python.Int(t.Hour()), nil
	case "minute":
		return python.Int(t.Minute()), nil
	case "second":
		return python.Int(t.Second()), nil
	case "microsecond":
		return python.Int(t.Nanosecond() / 1000), nil
	case "strftime":
		return method{name: "strftime", call: func(args []python.Value) (python.Value, error) {
			f, ok := oneArg(args).(python.String)
			if !ok {
				return nil, &python.PyError{Type: "TypeError", Msg: "strftime() argument 1 must be str"}
			}
			s, err := d.strftime(string(f))
			return python.String(s), err
		}}, nil
	case "isoformat":
		return method{name: "isoformat", call: func(args []python.Value) (python.Value, error) {
			if len(args) != 0 {
				return nil, &python.NotStaticError{Reason: "isoformat() with arguments is not supported"}
			}
			s, _ := d.PyStr()
			return python.String(strings.Replace(s, " ", "T", 1)), nil
		}}, nil
	}
	return nil, nil
}

// method is a bound method of a plugged-in value, taking positional
// arguments only.
type method struct {
	name string
	call func(args []python.Value) (python.Value, error)
}

func (m method) Type() string { return "builtin_function_or_method" }

func (m method) Call(args []python.Value, kwargs []python.KeywordArg) (python.Value, error) {
	if len(kwargs) > 0 {
		return nil, &python.NotStaticError{Reason: m.name + "() with keyword arguments is not supported"}
	}
	return m.call(args)
}

// oneArg returns the only argument, or nil when there is not exactly one.
func oneArg(args []python.Value) python.Value {
	if len(args) != 1 {
		return nil
	}
	return args[0]
}

var (
	weekdays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	months   = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
)

// strftime is Python's datetime.strftime in the C locale (Python does not
// set LC_TIME), with glibc's directives and its "-" flag (no padding).
// Directives outside that set are refused rather than guessed.
func (d *Datetime) strftime(format string) (string, error) {
	t := d.t
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		pad := true
		if format[i] == '-' && i+1 < len(format) {
			pad = false
			i++
		}
		num := func(v, width int, fill byte) {
			s := strconv.Itoa(v)
			for pad && len(s) < width {
				s = string(fill) + s
			}
			b.WriteString(s)
		}
		hour12 := (t.Hour()+11)%12 + 1
		switch format[i] {
		case '%':
			b.WriteByte('%')
		case 'a':
			b.WriteString(weekdays[t.Weekday()][:3])
		case 'A':
			b.WriteString(weekdays[t.Weekday()])
		case 'b', 'h':
			b.WriteString(months[t.Month()-1][:3])
		case 'B':
			b.WriteString(months[t.Month()-1])
		case 'c':
			fmt.Fprintf(&b, "%s %s %2d %02d:%02d:%02d %d", weekdays[t.Weekday()][:3], months[t.Month()-1][:3],
				t.Day(), t.Hour(), t.Minute(), t.Second(), t.Year())
		case 'C':
			num(t.Year()/100, 2, '0')
		case 'd':
			num(t.Day(), 2, '0')
		case 'D':
			fmt.Fprintf(&b, "%02d/%02d/%02d", t.Month(), t.Day(), t.Year()%100)
		case 'e':
			num(t.Day(), 2, ' ')
		case 'f':
			fmt.Fprintf(&b, "%06d", t.Nanosecond()/1000)
		case 'F':
			fmt.Fprintf(&b, "%d-%02d-%02d", t.Year(), t.Month(), t.Day())
		case 'H':
			num(t.Hour(), 2, '0')
		case 'I':
			num(hour12, 2, '0')
		case 'j':
			num(t.YearDay(), 3, '0')
		case 'k':
			num(t.Hour(), 2, ' ')
		case 'l':
			num(hour12, 2, ' ')
		case 'm':
			num(int(t.Month()), 2, '0')
		case 'M':
			num(t.Minute(), 2, '0')
		case 'n':
			b.WriteByte('\n')
		case 'p':
			b.WriteString([]string{"AM", "PM"}[t.Hour()/12])
		case 'R':
			fmt.Fprintf(&b, "%02d:%02d", t.Hour(), t.Minute())
		case 'S':
			num(t.Second(), 2, '0')
		case 't':
			b.WriteByte('\t')
		case 'T', 'X':
			fmt.Fprintf(&b, "%02d:%02d:%02d", t.Hour(), t.Minute(), t.Second())
		case 'u':
			num((int(t.Weekday())+6)%7+1, 1, '0')
		case 'U':
			num((t.YearDay()+6-int(t.Weekday()))/7, 2, '0')
		case 'W':
			num((t.YearDay()+6-(int(t.Weekday())+6)%7)/7, 2, '0')
		case 'w':
			num(int(t.Weekday()), 1, '0')
		case 'x':
			fmt.Fprintf(&b, "%02d/%02d/%02d", t.Month(), t.Day(), t.Year()%100)
		case 'y':
			num(t.Year()%100, 2, '0')
		case 'Y':
			num(t.Year(), 1, '0')
		case 'G':
			y, _ := t.ISOWeek()
			num(y, 1, '0')
		case 'V':
			_, w := t.ISOWeek()
			num(w, 2, '0')
		case 'z':
			if d.aware {
				b.WriteString(d.offset(""))
			}
		case 'Z':
			if d.aware {
				name, _ := t.Zone()
				if d.zone == "" {
					name = "UTC" + d.offset(":")
					if _, off := t.Zone(); off == 0 {
						name = "UTC"
					}
				}
				b.WriteString(name)
			}
		default:
			return "", &python.NotStaticError{Reason: fmt.Sprintf("strftime directive %q is not supported", format[i-1:i+1])}
		}
	}
	return b.String(), nil
}
