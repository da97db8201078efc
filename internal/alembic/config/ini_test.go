package config

import (
	"reflect"
	"testing"
)

// Expected values in this file were checked against Python 3.11's
// configparser.ConfigParser({"here": "/h"}).

// iniGet is one lookup: the value Get returns, or the error it returns.
type iniGet struct {
	section, option string
	want            string
	err             string
}

func TestINIValues(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		gets []iniGet
	}{
		{"delimiters", "[s]\na = 1\nb: 2\nc : d = e\nx=y:z\n", []iniGet{
			{"s", "a", "1", ""}, {"s", "b", "2", ""}, {"s", "c", "d = e", ""}, {"s", "x", "y:z", ""}}},
		{"option names are lower-cased, sections are not", "[S]\nMy Key = v\n[s]\nk = w\n", []iniGet{
			{"S", "my key", "v", ""}, {"S", "MY KEY", "v", ""}, {"s", "k", "w", ""}}},
		{"no inline comments", "[s]\na = x # c\nb = y ; c\n", []iniGet{
			{"s", "a", "x # c", ""}, {"s", "b", "y ; c", ""}}},
		{"comment lines, indented too, inside a value", "[s]\n# top\n  ; indented\na = 1\n  # dropped\n  2\n", []iniGet{
			{"s", "a", "1\n2", ""}}},
		{"continuation lines and empty lines", "[s]\nk = a\n  b\n\n   c\n\n\nj = 1\n", []iniGet{
			{"s", "k", "a\nb\n\nc", ""}, {"s", "j", "1", ""}}},
		{"value on the next line starts with a newline", "[s]\nk =\n  a\n  b\n", []iniGet{{"s", "k", "\na\nb", ""}}},
		{"an empty line after a comment still joins the value", "[s]\nx = 1\n# c\n\n   y\n", []iniGet{
			{"s", "x", "1\n\ny", ""}}},
		{"indented option, deeper line continues it", "[s]\n  k=1\n   c\n  j=2\n", []iniGet{
			{"s", "k", "1\nc", ""}, {"s", "j", "2", ""}}},
		{"empty value", "[s]\nk =\nj=\n", []iniGet{{"s", "k", "", ""}, {"s", "j", "", ""}}},
		{"header runs to the last bracket", "[a] junk\nx=1\n[b]c]\ny=2\n", []iniGet{
			{"a", "x", "1", ""}, {"b]c", "y", "2", ""}}},
		{"CRLF and CR line endings", "[s]\r\na = 1\rb = 2\r\n  3\r\n", []iniGet{
			{"s", "a", "1", ""}, {"s", "b", "2\n3", ""}}},
		{"DEFAULT is seen from every section, and may repeat", "[DEFAULT]\nd = 1\n[s]\n[DEFAULT]\ne = 2\n", []iniGet{
			{"s", "d", "1", ""}, {"s", "e", "2", ""}, {"s", "here", "/h", ""}, {"DEFAULT", "d", "1", ""}}},
		{"here can be overridden", "[DEFAULT]\nhere = elsewhere\n[s]\n", []iniGet{{"s", "here", "elsewhere", ""}}},
		{"interpolation", "[DEFAULT]\nroot = /r\n[s]\na = %(here)s/x\nb = %(ROOT)s/%(a)s\nc = 100%%\nd = %(c)s!\n", []iniGet{
			{"s", "a", "/h/x", ""}, {"s", "b", "/r//h/x", ""}, {"s", "c", "100%", ""}, {"s", "d", "100%!", ""}}},
		{"interpolation errors", "[s]\nbare = 50%\nref = %(x\nmissing = %(nope)s\nloop = %(loop)s\nok = fine\n", []iniGet{
			{"s", "bare", "", "alembic.ini:2: InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%' (write %% for a literal %)"},
			{"s", "ref", "", "alembic.ini:3: InterpolationSyntaxError: bad interpolation variable reference '%(x' (write %(name)s to use another option, or %% for a literal %)"},
			{"s", "missing", "", "alembic.ini:4: InterpolationMissingOptionError: Bad value substitution: option 'missing' in section 's' contains an interpolation key 'nope' which is not a valid option name. Raw value: '%(nope)s' (define the option in the section or in [DEFAULT], or write %% for a literal %)"},
			{"s", "loop", "", "alembic.ini:5: InterpolationDepthError: Recursion limit exceeded in value substitution: option 'loop' in section 's' contains an interpolation key which cannot be substituted in 10 steps. Raw value: '%(loop)s' (the %(name)s references loop or nest too deeply)"},
			{"s", "ok", "fine", ""}}},
		{"missing section or option", "[s]\na = 1\n", []iniGet{{"t", "a", "", "absent"}, {"s", "b", "", "absent"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ParseINI("alembic.ini", []byte(tc.src), map[string]string{"here": "/h"})
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range tc.gets {
				got, ok, err := f.Get(g.section, g.option)
				switch {
				case g.err == "absent":
					if ok || err != nil {
						t.Errorf("Get(%q, %q) = %q, %v, %v; want absent", g.section, g.option, got, ok, err)
					}
				case g.err != "":
					if err == nil || err.Error() != g.err {
						t.Errorf("Get(%q, %q) error = %v\nwant %s", g.section, g.option, err, g.err)
					}
				case err != nil || !ok || got != g.want:
					t.Errorf("Get(%q, %q) = %q, %v, %v; want %q", g.section, g.option, got, ok, err, g.want)
				}
			}
		})
	}
}

func TestINIErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, err string }{
		{"duplicate section", "[a]\nx=1\n[b]\n[a]\n",
			"alembic.ini:4: DuplicateSectionError: section 'a' already exists (configparser allows each section once per file; merge the two)"},
		{"duplicate option, names are case-insensitive", "[a]\nKey=1\nkey: 2\n",
			"alembic.ini:3: DuplicateOptionError: option 'key' in section 'a' already exists (configparser allows each option once per section (names are case-insensitive); remove one)"},
		{"key without a value, and continuation of nothing", "[a]\nfoo\n  bar\nx=1\n",
			`alembic.ini:2: ParsingError: Source contains parsing errors: [line  2]: 'foo\n', [line  3]: '  bar\n' (each line must be a [section] header, a 'name = value' or 'name: value' option, a line indented deeper than its option, or a # or ; comment)`},
		{"empty option name", "[a]\n= 1\n",
			`alembic.ini:2: ParsingError: Source contains parsing errors: [line  2]: '= 1\n' (each line must be a [section] header, a 'name = value' or 'name: value' option, a line indented deeper than its option, or a # or ; comment)`},
		{"option before any section", "# c\nx=1\n[a]\n",
			`alembic.ini:2: MissingSectionHeaderError: File contains no section headers: 'x=1\n' (the first line that is not blank or a comment must be a [section] header)`},
		{"empty brackets are no header", "[]\n",
			`alembic.ini:1: MissingSectionHeaderError: File contains no section headers: '[]\n' (the first line that is not blank or a comment must be a [section] header)`},
		{"byte order mark", "\ufeff[alembic]\n",
			`alembic.ini:1: MissingSectionHeaderError: File contains no section headers: '\ufeff[alembic]\n' (the file starts with a byte order mark, which Python does not skip; save it as UTF-8 without BOM)`},
		{"not UTF-8", "[a]\nx = \xff\n",
			"alembic.ini:2: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 8 (Alembic reads the file as UTF-8; save it as UTF-8)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseINI("alembic.ini", []byte(tc.src), nil)
			if err == nil || err.Error() != tc.err {
				t.Errorf("error = %v\nwant    %s", err, tc.err)
			}
		})
	}
}

func TestINISectionsOptionsItems(t *testing.T) {
	f, err := ParseINI("x.ini", []byte("[DEFAULT]\nz = 1\n[b]\nk = v\nz = 2\n[a]\nm = %(k)s\n"), map[string]string{"here": "/h"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := f.Sections(), []string{"b", "a"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Sections = %q, want %q", got, want)
	}
	if got, want := f.Path(), "x.ini"; got != want {
		t.Errorf("Path = %q", got)
	}
	if got, _ := f.Options("b"); !reflect.DeepEqual(got, []string{"k", "z", "here"}) {
		t.Errorf("Options(b) = %q", got)
	}
	items, err := f.Items("b")
	if want := []Item{{"here", "/h"}, {"z", "2"}, {"k", "v"}}; err != nil || !reflect.DeepEqual(items, want) {
		t.Errorf("Items(b) = %v, %v; want %v", items, err, want)
	}
	if _, err := f.Items("a"); err == nil {
		t.Error("Items(a) should fail: %(k)s is not in section a")
	}
	if _, err := f.Items("nope"); err == nil || err.Error() != "x.ini: NoSectionError: No section: 'nope'" {
		t.Errorf("Items(nope) error = %v", err)
	}
	for _, tc := range []struct {
		section, option string
		has             bool
		line            int
	}{
		{"b", "k", true, 4},
		{"b", "Z", true, 5},
		{"a", "z", true, 2},
		{"a", "here", true, 0},
		{"", "z", true, 0},
		{"DEFAULT", "z", true, 2},
		{"nope", "z", false, 0},
		{"a", "k", false, 0},
	} {
		if got := f.HasOption(tc.section, tc.option); got != tc.has {
			t.Errorf("HasOption(%q, %q) = %v", tc.section, tc.option, got)
		}
		if got := f.Line(tc.section, tc.option); got != tc.line {
			t.Errorf("Line(%q, %q) = %d, want %d", tc.section, tc.option, got, tc.line)
		}
	}
	if f.HasSection("DEFAULT") || !f.HasSection("a") {
		t.Error("HasSection: DEFAULT must not count, a must")
	}
	if raw, _ := f.Raw("a", "m"); raw != "%(k)s" {
		t.Errorf("Raw(a, m) = %q", raw)
	}
}
