package config

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/python"
)

// INI is an ini file read the way Alembic reads alembic.ini: with Python's
// configparser.ConfigParser and its defaults (strict, "=" and ":" as
// delimiters, whole-line "#" and ";" comments, empty lines kept inside
// values, BasicInterpolation). Alembic's values are whatever that parser
// returns, quirks included, so the rules are configparser's rather than any
// ini convention: there are no inline comments, option names are
// lower-cased, section names are not, and "%" must be doubled.
//
// Errors are *alembic.FileError values whose Msg starts with the name of the
// configparser exception (for example "DuplicateOptionError: ") followed by
// its message, without the file name and line, which the FileError carries.
type INI struct {
	path     string
	defaults *iniSection
	sections map[string]*iniSection
	order    []string
}

// Item is one option of a section: its lower-cased name and its value.
type Item struct {
	Name  string
	Value string
}

// iniSection keeps options in insertion order, as Python's dicts do; the
// order is visible through Options and Items.
type iniSection struct {
	names []string
	opts  map[string]*iniOption
}

type iniOption struct {
	lines []string // value lines until the file is read, joined afterwards
	value string
	line  int // 1-based line of the key; 0 for a default given by the caller
}

// defaultSection is configparser's DEFAULTSECT.
const defaultSection = "DEFAULT"

// newINI is an INI with no sections; defaults are set the way
// ConfigParser(defaults) sets them: names lower-cased, values not checked
// for interpolation syntax until they are used, in sorted order.
func newINI(path string, defaults map[string]string) *INI {
	f := &INI{path: path, defaults: newSection(), sections: map[string]*iniSection{}}
	for _, name := range slices.Sorted(maps.Keys(defaults)) {
		f.defaults.set(python.Lower(name), &iniOption{value: defaults[name]})
	}
	return f
}

func newSection() *iniSection { return &iniSection{opts: map[string]*iniOption{}} }

// set keeps an existing name at its position, like assigning to a dict key.
func (s *iniSection) set(name string, o *iniOption) {
	if _, ok := s.opts[name]; !ok {
		s.names = append(s.names, name)
	}
	s.opts[name] = o
}

// ParseINI parses src as the contents of the file at path (used only in
// errors) like ConfigParser(defaults).read does. The defaults are given in
// sorted order (they are normally just "here"). The file must be UTF-8, as
// Alembic reads it with the locale encoding.
func ParseINI(path string, src []byte, defaults map[string]string) (*INI, error) {
	f := newINI(path, defaults)
	if off := invalidUTF8(src); off >= 0 {
		return nil, &alembic.FileError{Path: path, Line: 1 + strings.Count(string(src[:off]), "\n"),
			Msg:  fmt.Sprintf("UnicodeDecodeError: 'utf-8' codec can't decode byte 0x%02x in position %d", src[off], off),
			Hint: "Alembic reads the file as UTF-8; save it as UTF-8"}
	}
	if err := f.read(string(src)); err != nil {
		return nil, err
	}
	return f, nil
}

// read is configparser's RawConfigParser._read. Universal newlines apply,
// as Python opens the file in text mode.
func (f *INI) read(text string) error {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	lines := strings.SplitAfter(text, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}

	var (
		cursect     *iniSection
		sectname    string
		optname     string // "" is both Python's None and its empty name
		cur         *iniOption
		indentLevel int
		addedSects  = map[string]bool{}
		addedOpts   = map[[2]string]bool{}
		parseErrs   []string
		firstBad    int
	)
	for i, line := range lines {
		lineno := i + 1
		value := python.Strip(line)
		comment := strings.HasPrefix(value, "#") || strings.HasPrefix(value, ";")
		if comment || value == "" {
			// Empty lines belong to the value being read; comment lines
			// are dropped without ending it.
			if !comment && cursect != nil && optname != "" {
				cur.lines = append(cur.lines, "")
			}
			continue
		}
		indent := strings.IndexFunc(line, func(r rune) bool { return !python.IsSpace(r) })
		indent = utf8.RuneCountInString(line[:indent])
		if cursect != nil && optname != "" && indent > indentLevel {
			cur.lines = append(cur.lines, value)
			continue
		}
		indentLevel = indent
		if header, ok := sectionHeader(value); ok {
			switch {
			case f.sections[header] != nil:
				if addedSects[header] {
					return &alembic.FileError{Path: f.path, Line: lineno,
						Msg:  "DuplicateSectionError: section " + python.ReprString(header) + " already exists",
						Hint: "configparser allows each section once per file; merge the two"}
				}
				cursect = f.sections[header]
			case header == defaultSection:
				cursect = f.defaults
			default:
				cursect = newSection()
				f.sections[header] = cursect
				f.order = append(f.order, header)
			}
			if header != defaultSection {
				addedSects[header] = true
			}
			sectname, optname = header, ""
			continue
		}
		if cursect == nil {
			hint := "the first line that is not blank or a comment must be a [section] header"
			if strings.HasPrefix(line, "\ufeff") {
				hint = "the file starts with a byte order mark, which Python does not skip; save it as UTF-8 without BOM"
			}
			return &alembic.FileError{Path: f.path, Line: lineno,
				Msg: "MissingSectionHeaderError: File contains no section headers: " + python.ReprString(line), Hint: hint}
		}
		delim := strings.IndexAny(value, "=:")
		if delim <= 0 {
			// configparser notes the line and fails at the end of the file.
			// Without a delimiter the current option stays open for
			// continuation lines; with an empty name the option "" exists.
			parseErrs = append(parseErrs, fmt.Sprintf("[line %2d]: %s", lineno, python.ReprString(line)))
			if firstBad == 0 {
				firstBad = lineno
			}
			if delim < 0 {
				continue
			}
		}
		optname = python.Lower(strings.TrimRightFunc(value[:delim], python.IsSpace))
		key := [2]string{sectname, optname}
		if addedOpts[key] {
			return &alembic.FileError{Path: f.path, Line: lineno,
				Msg: "DuplicateOptionError: option " + python.ReprString(optname) + " in section " +
					python.ReprString(sectname) + " already exists",
				Hint: "configparser allows each option once per section (names are case-insensitive); remove one"}
		}
		addedOpts[key] = true
		cur = &iniOption{lines: []string{python.Strip(value[delim+1:])}, line: lineno}
		cursect.set(optname, cur)
	}

	if parseErrs != nil {
		return &alembic.FileError{Path: f.path, Line: firstBad,
			Msg: "ParsingError: Source contains parsing errors: " + strings.Join(parseErrs, ", "),
			Hint: "each line must be a [section] header, a 'name = value' or 'name: value' option, " +
				"a line indented deeper than its option, or a # or ; comment"}
	}
	// Values are joined as configparser's _join_multiline_values does,
	// which drops trailing empty lines.
	for _, s := range append(slices.Collect(maps.Values(f.sections)), f.defaults) {
		for _, o := range s.opts {
			if o.lines != nil {
				o.value = strings.TrimRightFunc(strings.Join(o.lines, "\n"), python.IsSpace)
				o.lines = nil
			}
		}
	}
	return nil
}

// sectionHeader matches configparser's SECTCRE, `\[(?P<header>.+)\]`,
// against the start of a stripped line: the header runs to the last "]",
// and anything after it is ignored.
func sectionHeader(value string) (string, bool) {
	end := strings.LastIndexByte(value, ']')
	if !strings.HasPrefix(value, "[") || end < 2 {
		return "", false
	}
	return value[1:end], true
}

// Path is the file name given to ParseINI.
func (f *INI) Path() string { return f.path }

// Sections lists the section names in file order, without DEFAULT.
func (f *INI) Sections() []string { return append([]string(nil), f.order...) }

// HasSection reports whether the section exists; DEFAULT does not count.
func (f *INI) HasSection(name string) bool { return f.sections[name] != nil }

// HasOption is configparser's has_option: defaults count in every existing
// section, and a section name of "" or DEFAULT asks about the defaults.
func (f *INI) HasOption(section, option string) bool {
	_, ok := f.lookup(section, option)
	return ok || (section == "" && f.defaults.opts[python.Lower(option)] != nil)
}

// lookup finds an option the way configparser's get does: in the section,
// then in the defaults. A missing section (other than DEFAULT) finds nothing.
func (f *INI) lookup(section, option string) (*iniOption, bool) {
	name := python.Lower(option)
	if s := f.sections[section]; s != nil && s.opts[name] != nil {
		return s.opts[name], true
	}
	if f.sections[section] == nil && section != defaultSection {
		return nil, false
	}
	o := f.defaults.opts[name]
	return o, o != nil
}

// Raw is the uninterpolated value of an option, looked up like Get.
func (f *INI) Raw(section, option string) (string, bool) {
	o, ok := f.lookup(section, option)
	if !ok {
		return "", false
	}
	return o.value, true
}

// Line is the 1-based line of the option's key, looked up like Get; 0 when
// the option is absent or is a default that did not come from the file.
func (f *INI) Line(section, option string) int {
	if o, ok := f.lookup(section, option); ok {
		return o.line
	}
	return 0
}

// Get is configparser's get(section, option, fallback=None): the value
// with %-interpolation applied, or ok=false when the section or option does
// not exist.
func (f *INI) Get(section, option string) (value string, ok bool, err error) {
	o, ok := f.lookup(section, option)
	if !ok {
		return "", false, nil
	}
	value, err = f.interpolate(section, python.Lower(option), o.value, 1)
	return value, true, err
}

// Options lists a section's option names followed by the defaults it does
// not override; ok=false when the section does not exist.
func (f *INI) Options(section string) (names []string, ok bool) {
	s := f.sections[section]
	if s == nil {
		return nil, false
	}
	names = append(names, s.names...)
	for _, name := range f.defaults.names {
		if s.opts[name] == nil {
			names = append(names, name)
		}
	}
	return names, true
}

// Items is configparser's items(section): defaults first, then the
// section's own options, every value interpolated. As in Python, one bad
// value anywhere in them is an error for the whole call.
func (f *INI) Items(section string) ([]Item, error) {
	s := f.sections[section]
	if s == nil && section != defaultSection {
		return nil, &alembic.FileError{Path: f.path, Msg: "NoSectionError: No section: " + python.ReprString(section)}
	}
	names := append([]string(nil), f.defaults.names...)
	if s != nil {
		for _, name := range s.names {
			if f.defaults.opts[name] == nil {
				names = append(names, name)
			}
		}
	}
	items := make([]Item, len(names))
	for i, name := range names {
		raw, _ := f.Raw(section, name)
		value, err := f.interpolate(section, name, raw, 1)
		if err != nil {
			return nil, err
		}
		items[i] = Item{name, value}
	}
	return items, nil
}

// interpKey is BasicInterpolation's _KEYCRE.
var interpKey = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^%\(([^)]+)\)s`) })

// maxInterpolationDepth is configparser's MAX_INTERPOLATION_DEPTH.
const maxInterpolationDepth = 10

// interpolate is BasicInterpolation._interpolate_some: %(name)s is replaced
// by the option name (lower-cased) from the same section or the defaults,
// recursively; %% is a percent sign; any other % is an error. Errors always
// name the option that was asked for, with its raw value.
func (f *INI) interpolate(section, option, rest string, depth int) (string, error) {
	fail := func(msg, hint string) error {
		return &alembic.FileError{Path: f.path, Line: f.Line(section, option), Msg: msg, Hint: hint}
	}
	rawval, ok := f.Raw(section, option)
	if !ok {
		rawval = rest
	}
	if depth > maxInterpolationDepth {
		return "", fail(fmt.Sprintf("InterpolationDepthError: Recursion limit exceeded in value substitution: "+
			"option %s in section %s contains an interpolation key which cannot be substituted in %d steps. "+
			"Raw value: %s", python.ReprString(option), python.ReprString(section), maxInterpolationDepth, python.ReprString(rawval)),
			"the %(name)s references loop or nest too deeply")
	}
	var b strings.Builder
	for rest != "" {
		p := strings.IndexByte(rest, '%')
		if p < 0 {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:p])
		rest = rest[p:]
		switch {
		case strings.HasPrefix(rest, "%%"):
			b.WriteByte('%')
			rest = rest[2:]
		case strings.HasPrefix(rest, "%("):
			m := interpKey().FindStringSubmatch(rest)
			if m == nil {
				return "", fail("InterpolationSyntaxError: bad interpolation variable reference "+python.ReprString(rest),
					"write %(name)s to use another option, or %% for a literal %")
			}
			name := python.Lower(m[1])
			rest = rest[len(m[0]):]
			v, ok := f.Raw(section, name)
			if !ok {
				return "", fail(fmt.Sprintf("InterpolationMissingOptionError: Bad value substitution: option %s "+
					"in section %s contains an interpolation key %s which is not a valid option name. Raw value: %s",
					python.ReprString(option), python.ReprString(section), python.ReprString(name), python.ReprString(rawval)),
					"define the option in the section or in [DEFAULT], or write %% for a literal %")
			}
			if strings.Contains(v, "%") {
				sub, err := f.interpolate(section, option, v, depth+1)
				if err != nil {
					return "", err
				}
				v = sub
			}
			b.WriteString(v)
		default:
			return "", fail("InterpolationSyntaxError: '%' must be followed by '%' or '(', found: "+python.ReprString(rest),
				"write %% for a literal %")
		}
	}
	return b.String(), nil
}
