package mako

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/onehead/onehead/internal/python"
)

// varSet is one set of template variables from testdata/vars.json, in the
// JSON encoding testdata/render.py also reads.
type varSet struct {
	Name string                     `json:"name"`
	Vars map[string]json.RawMessage `json:"vars"`
}

func loadVarSets(t testing.TB) []varSet {
	t.Helper()
	data, err := os.ReadFile("testdata/vars.json")
	if err != nil {
		t.Fatal(err)
	}
	var sets []varSet
	if err := json.Unmarshal(data, &sets); err != nil {
		t.Fatal(err)
	}
	return sets
}

// pyVars decodes a variable set and adds Alembic's comma, as render.py does.
func pyVars(t testing.TB, raw map[string]json.RawMessage) map[string]python.Value {
	t.Helper()
	vars := map[string]python.Value{"comma": comma}
	for k, r := range raw {
		var x any
		if err := json.Unmarshal(r, &x); err != nil {
			t.Fatal(err)
		}
		v, err := pyValue(x)
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		vars[k] = v
	}
	return vars
}

func pyValue(x any) (python.Value, error) {
	switch x := x.(type) {
	case nil:
		return python.None, nil
	case bool:
		return python.Bool(x), nil
	case float64:
		return python.Int(x), nil
	case string:
		return python.String(x), nil
	case map[string]any:
		for kind, v := range x {
			switch kind {
			case "tuple", "list":
				var items []python.Value
				for _, i := range v.([]any) {
					iv, err := pyValue(i)
					if err != nil {
						return nil, err
					}
					items = append(items, iv)
				}
				if kind == "tuple" {
					return python.Tuple(items), nil
				}
				return python.List(items), nil
			case "datetime":
				return parseDate(v.(string))
			case "config":
				opts := map[string]string{}
				for k, o := range v.(map[string]any) {
					opts[k] = o.(string)
				}
				return config(opts), nil
			}
		}
	}
	return nil, fmt.Errorf("cannot decode %v", x)
}

// comma is alembic.util.format_as_comma, which Alembic passes to every
// template.
var comma = &function{name: "comma", call: func(args []python.Value, kwargs []python.KeywordArg) (python.Value, error) {
	a, err := bind("format_as_comma", []string{"value"}, 1, args, kwargs)
	if err != nil {
		return nil, err
	}
	switch v := a[0].(type) {
	case python.NoneType:
		return python.String(""), nil
	case python.String:
		return v, nil
	}
	items, err := iterate(a[0])
	if err != nil {
		return nil, err
	}
	parts := make([]string, len(items))
	for i, x := range items {
		s, ok := x.(python.String)
		if !ok {
			return nil, pyErr("TypeError", "sequence item %d: expected str instance, %s found", i, x.Type())
		}
		parts[i] = string(s)
	}
	return python.String(strings.Join(parts, ", ")), nil
}}

// config is the part of Alembic's Config that templates use.
type config map[string]string

func (config) Type() string { return "Config" }

func (c config) Attr(name string) (python.Value, error) {
	if name != "get_main_option" {
		return nil, fmt.Errorf("Config has no attribute %s", name)
	}
	return &function{name: name, call: func(args []python.Value, kwargs []python.KeywordArg) (python.Value, error) {
		a, err := bind(name, []string{"name", "default"}, 1, args, kwargs)
		if err != nil {
			return nil, err
		}
		if v, ok := c[string(a[0].(python.String))]; ok {
			return python.String(v), nil
		}
		if a[1] == nil {
			return python.None, nil
		}
		return a[1], nil
	}}, nil
}

// date is a small stand-in for Python's datetime.datetime, enough for the
// tests: str(), repr(), strftime() and format specs.
type date struct {
	time.Time
	aware bool // has a tzinfo (always UTC here)
}

func parseDate(s string) (date, error) {
	for _, layout := range []string{"2006-01-02 15:04:05.999999Z07:00", "2006-01-02 15:04:05.999999"} {
		if t, err := time.Parse(layout, s); err == nil {
			return date{t.UTC(), strings.Contains(layout, "Z07")}, nil
		}
	}
	return date{}, fmt.Errorf("bad date %q", s)
}

func (date) Type() string { return "datetime" }

func (d date) PyStr() (string, error) {
	s := d.Format("2006-01-02 15:04:05")
	if d.Nanosecond() != 0 {
		s += d.Format(".000000")
	}
	if d.aware {
		s += "+00:00"
	}
	return s, nil
}

func (d date) PyRepr() (string, error) {
	s := fmt.Sprintf("datetime.datetime(%d, %d, %d, %d, %d", d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute())
	if us := d.Nanosecond() / 1000; us != 0 {
		s += fmt.Sprintf(", %d, %d", d.Second(), us)
	} else if d.Second() != 0 {
		s += fmt.Sprintf(", %d", d.Second())
	}
	if d.aware {
		s += ", tzinfo=datetime.timezone.utc"
	}
	return s + ")", nil
}

func (d date) PyFormat(spec string) (string, error) { return d.strftime(spec) }

func (d date) Attr(name string) (python.Value, error) {
	if name != "strftime" {
		return nil, fmt.Errorf("datetime has no attribute %s", name)
	}
	return &function{name: name, call: func(args []python.Value, _ []python.KeywordArg) (python.Value, error) {
		s, err := d.strftime(string(args[0].(python.String)))
		return python.String(s), err
	}}, nil
}

func (d date) strftime(f string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' || i+1 == len(f) {
			b.WriteByte(f[i])
			continue
		}
		i++
		switch f[i] {
		case 'Y':
			b.WriteString(d.Format("2006"))
		case 'm':
			b.WriteString(d.Format("01"))
		case 'd':
			b.WriteString(d.Format("02"))
		case 'H':
			b.WriteString(d.Format("15"))
		case 'M':
			b.WriteString(d.Format("04"))
		case 'S':
			b.WriteString(d.Format("05"))
		case 'f':
			fmt.Fprintf(&b, "%06d", d.Nanosecond()/1000)
		case '%':
			b.WriteByte('%')
		default:
			return "", fmt.Errorf("test date: no %%%c", f[i])
		}
	}
	return b.String(), nil
}
