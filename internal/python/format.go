package python

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Format is Python's `format % arg` for a str format, following CPython's
// PyUnicode_Format: arg is a tuple of values, a single value, or a mapping
// for `%(key)s` specs; flags `#0- +`, width and precision (or `*`), length
// modifiers (ignored), and the conversions s r a d i u x X o f F e E g G c
// and %%. Precision on an integer conversion zero-pads (`%(m).2d` → 05).
// Alembic's file_template is applied with it.
func Format(format string, arg Value) (string, error) {
	var args []Value
	if t, ok := arg.(Tuple); ok {
		args = t
	} else {
		args = []Value{arg}
	}
	var mapping Value // Python treats any non-tuple, non-str subscriptable as a mapping
	switch arg.(type) {
	case *Dict, List, Attributer:
		mapping = arg
	}
	next := 0
	var b strings.Builder
	for i := 0; i < len(format); {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			b.WriteString(format[i:])
			break
		}
		b.WriteString(format[i : i+j])
		i += j + 1
		spec, err := parsePercent(format, i)
		if err != nil {
			return "", err
		}
		if spec.conv == '%' && spec.end == i+1 { // "%%"
			b.WriteByte('%')
			i = spec.end
			continue
		}
		i = spec.end
		take := func() (Value, error) {
			if next >= len(args) {
				return nil, pyErr("TypeError", "not enough arguments for format string")
			}
			next++
			return args[next-1], nil
		}
		if spec.hasKey {
			// CPython replaces the arguments by the looked-up value, which
			// the conversion then consumes: a later `%s` finds none left.
			if mapping == nil {
				return "", pyErr("TypeError", "format requires a mapping")
			}
			v, err := index(mapping, String(spec.key))
			if err != nil {
				return "", err
			}
			args, next = []Value{v}, 0
		}
		if spec.star&1 != 0 {
			w, err := starArg(take)
			if err != nil {
				return "", err
			}
			if w < 0 {
				spec.minus, w = true, -w
			}
			spec.width = w
		}
		if spec.star&2 != 0 {
			p, err := starArg(take)
			if err != nil {
				return "", err
			}
			spec.prec = max(p, -1)
		}
		v, err := take()
		if err != nil {
			return "", err
		}
		if !strings.ContainsRune("sradiuxXofFeEgGc", spec.char) {
			shown := spec.char
			if shown < 31 || shown > 126 { // CPython shows only these as they are
				shown = '?'
			}
			return "", pyErr("ValueError", "unsupported format character '%c' (0x%x) at index %d", shown, spec.char, spec.charAt)
		}
		s, err := spec.apply(v)
		if err != nil {
			return "", err
		}
		if b.Len()+len(s) > maxLen {
			return "", notStatic("string longer than %d bytes", maxLen)
		}
		b.WriteString(s)
	}
	if next < len(args) && mapping == nil {
		return "", pyErr("TypeError", "not all arguments converted during string formatting")
	}
	return b.String(), nil
}

func starArg(take func() (Value, error)) (int, error) {
	v, err := take()
	if err != nil {
		return 0, err
	}
	n, ok := asInt(v)
	if !ok {
		return 0, pyErr("TypeError", "* wants int")
	}
	if n > maxLen || n < -maxLen {
		return 0, notStatic("width or precision above %d", maxLen)
	}
	return int(n), nil
}

// percentSpec is one parsed `%...` conversion specification.
type percentSpec struct {
	key                     string
	hasKey                  bool
	minus, plus, space, alt bool
	zero                    bool
	width, prec             int // prec -1: none
	star                    int // 1: width is `*`, 2: precision is `*`
	conv                    byte
	char                    rune // the conversion as written, valid or not
	charAt                  int  // its index in runes, for messages
	end                     int  // byte offset just past the spec
}

// parsePercent parses the spec that follows the '%' at i-1.
func parsePercent(f string, i int) (percentSpec, error) {
	s := percentSpec{prec: -1}
	incomplete := pyErr("ValueError", "incomplete format")
	if i < len(f) && f[i] == '(' {
		depth, k := 1, i+1
		for ; k < len(f) && depth > 0; k++ {
			switch f[k] {
			case '(':
				depth++
			case ')':
				depth--
			}
		}
		if depth > 0 {
			return s, pyErr("ValueError", "incomplete format key")
		}
		s.key, s.hasKey, i = f[i+1:k-1], true, k
	}
flags:
	for ; i < len(f); i++ {
		switch f[i] {
		case '-':
			s.minus = true
		case '+':
			s.plus = true
		case ' ':
			s.space = true
		case '#':
			s.alt = true
		case '0':
			s.zero = true
		default:
			break flags
		}
	}
	num := func() (int, error) {
		n := 0
		for ; i < len(f) && isDigit(f[i]); i++ {
			n = n*10 + int(f[i]-'0')
			if n > maxLen {
				return 0, notStatic("width or precision above %d", maxLen)
			}
		}
		return n, nil
	}
	var err error
	if i < len(f) && f[i] == '*' {
		s.star |= 1
		i++
	} else if s.width, err = num(); err != nil {
		return s, err
	}
	if i < len(f) && f[i] == '.' {
		i++
		if i < len(f) && f[i] == '*' {
			s.star |= 2
			i++
		} else if s.prec, err = num(); err != nil {
			return s, err
		}
	}
	for i < len(f) && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L') {
		i++
	}
	if i >= len(f) {
		return s, incomplete
	}
	// The conversion is checked only once its value is fetched, as CPython
	// does: a missing key or argument is reported first.
	r, n := utf8.DecodeRuneInString(f[i:])
	s.char, s.charAt, s.end = r, utf8.RuneCountInString(f[:i]), i+n
	if r < utf8.RuneSelf {
		s.conv = byte(r)
	}
	return s, nil
}

// apply formats one value.
func (s percentSpec) apply(v Value) (string, error) {
	switch s.conv {
	case 's', 'r', 'a':
		str, err := convert(v, s.conv)
		if err != nil {
			return "", err
		}
		if s.prec >= 0 {
			str = truncateRunes(str, s.prec)
		}
		return pad(str, s.width, s.minus, ' '), nil
	case 'c':
		var str string
		switch x := v.(type) {
		case String:
			if utf8.RuneCountInString(string(x)) != 1 {
				return "", pyErr("TypeError", "%%c requires int or char")
			}
			str = string(x)
		default:
			n, ok := asInt(v)
			if !ok {
				if builtinKind(v) {
					return "", pyErr("TypeError", "%%c requires int or char")
				}
				return "", notStatic("%%c of a %s is not supported", v.Type())
			}
			if n < 0 || n > utf8.MaxRune {
				return "", pyErr("OverflowError", "%%c arg not in range(0x110000)")
			}
			if 0xD800 <= n && n < 0xE000 {
				return "", notStatic("lone surrogates are not supported")
			}
			str = string(rune(n))
		}
		return pad(str, s.width, s.minus, ' '), nil
	}
	n, ok := asInt(v)
	if !ok {
		if !builtinKind(v) {
			return "", notStatic("%%%c of a %s is not supported", s.conv, v.Type())
		}
		if strings.IndexByte("diu", s.conv) >= 0 || strings.IndexByte("fFeEgG", s.conv) >= 0 {
			return "", pyErr("TypeError", "%%%c format: a real number is required, not %s", s.conv, v.Type())
		}
		return "", pyErr("TypeError", "%%%c format: an integer is required, not %s", s.conv, v.Type())
	}
	var sign, prefix, digits string
	if n < 0 {
		sign = "-"
	} else if s.plus {
		sign = "+"
	} else if s.space {
		sign = " "
	}
	switch s.conv {
	case 'd', 'i', 'u', 'x', 'X', 'o':
		base := map[byte]int{'x': 16, 'X': 16, 'o': 8}[s.conv]
		if base == 0 {
			base = 10
		}
		digits = strconv.FormatUint(absInt(n), base)
		if s.conv == 'X' {
			digits = strings.ToUpper(digits)
		}
		if s.alt && base != 10 {
			prefix = "0" + string(s.conv)
		}
		if s.prec > len(digits) {
			digits = strings.Repeat("0", s.prec-len(digits)) + digits
		}
	default:
		prec := s.prec
		if prec < 0 {
			prec = 6
		}
		digits = formatFloat(math.Abs(float64(n)), s.conv, prec, s.alt)
	}
	body := prefix + digits
	switch {
	case s.minus:
		return pad(sign+body, s.width, true, ' '), nil
	case s.zero:
		return sign + prefix + pad(digits, s.width-len(sign)-len(prefix), false, '0'), nil
	}
	return pad(sign+body, s.width, false, ' '), nil
}

func absInt(n int64) uint64 {
	if n < 0 {
		return uint64(-(n + 1)) + 1
	}
	return uint64(n)
}

// pad pads s with fill to width runes, on the right when left is set.
func pad(s string, width int, left bool, fill rune) string {
	n := width - utf8.RuneCountInString(s)
	if n <= 0 {
		return s
	}
	p := strings.Repeat(string(fill), n)
	if left {
		return s + p
	}
	return p + s
}

func truncateRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// formatFloat formats a non-negative float like C's printf for the
// conversions f F e E g G (and % for format specs: f, then a percent sign),
// with Python's alternate form when alt is set.
func formatFloat(f float64, conv byte, prec int, alt bool) string {
	var s string
	switch conv | 0x20 {
	case 'f':
		s = strconv.FormatFloat(f, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
	case 'e':
		s = strconv.FormatFloat(f, 'e', prec, 64)
		if alt && prec == 0 {
			s = strings.Replace(s, "e", ".e", 1)
		}
	case 'g':
		if prec == 0 {
			prec = 1
		}
		e := strconv.FormatFloat(f, 'e', prec-1, 64)
		exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
		if -4 <= exp && exp < prec {
			s = strconv.FormatFloat(f, 'f', prec-1-exp, 64)
		} else {
			s = e
		}
		mant, tail := s, ""
		if k := strings.IndexByte(s, 'e'); k >= 0 {
			mant, tail = s[:k], s[k:]
		}
		if alt {
			if !strings.Contains(mant, ".") {
				mant += "."
			}
		} else if strings.Contains(mant, ".") {
			mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
		}
		s = mant + tail
	case '%' | 0x20:
		s = strconv.FormatFloat(f*100, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		s += "%"
	}
	if conv >= 'A' && conv <= 'Z' {
		s = strings.ToUpper(s)
	}
	return s
}

// strFormat is Python's str.format: literal text with {{ and }}, and fields
// {name!conv:spec} whose name is empty (automatic numbering), an index or a
// keyword, optionally followed by .attr or [key] lookups; specs may contain
// nested fields.
func strFormat(format string, args []Value, kwargs []KeywordArg) (string, error) {
	f := &formatter{args: args, kwargs: kwargs}
	return f.render(format, 0)
}

type formatter struct {
	args   []Value
	kwargs []KeywordArg
	auto   int  // next automatic field number
	manual bool // an explicit index was used; automatic numbering is then an error
}

func (f *formatter) render(s string, depth int) (string, error) {
	if depth > 1 {
		return "", pyErr("ValueError", "Max string recursion exceeded")
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case (c == '{' || c == '}') && i+1 < len(s) && s[i+1] == c:
			b.WriteByte(c)
			i += 2
		case c == '}':
			return "", pyErr("ValueError", "Single '}' encountered in format string")
		case c == '{':
			end, err := fieldEnd(s, i)
			if err != nil {
				return "", err
			}
			out, err := f.field(s[i+1:end], depth)
			if err != nil {
				return "", err
			}
			if b.Len()+len(out) > maxLen {
				return "", notStatic("string longer than %d bytes", maxLen)
			}
			b.WriteString(out)
			i = end + 1
		default:
			j := strings.IndexAny(s[i:], "{}")
			if j < 0 {
				j = len(s) - i
			}
			b.WriteString(s[i : i+j])
			i += j
		}
	}
	return b.String(), nil
}

// fieldEnd finds the '}' closing the field opened at i, skipping nested
// fields in its spec.
func fieldEnd(s string, i int) (int, error) {
	depth := 0
	for k := i; k < len(s); k++ {
		switch s[k] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return k, nil
			}
		case '[':
			// an index key may contain braces: skip to ']'
			if j := strings.IndexByte(s[k:], ']'); j >= 0 && depth == 1 {
				k += j
			}
		}
	}
	if depth > 1 {
		return 0, pyErr("ValueError", "unmatched '{' in format spec")
	}
	return 0, pyErr("ValueError", "Single '{' encountered in format string")
}

func (f *formatter) field(body string, depth int) (string, error) {
	name, conv, spec := body, byte(0), ""
	// The field name ends at the first '!' or ':' outside [key] brackets.
	for k := 0; k < len(body); k++ {
		if body[k] == '[' {
			if j := strings.IndexByte(body[k:], ']'); j >= 0 {
				k += j
				continue
			}
		}
		if body[k] == '!' || body[k] == ':' {
			name, spec = body[:k], body[k:]
			break
		}
	}
	if strings.HasPrefix(spec, "!") {
		if len(spec) < 2 || len(spec) > 2 && spec[2] != ':' {
			return "", pyErr("ValueError", "expected ':' after conversion specifier")
		}
		conv, spec = spec[1], spec[2:]
		if conv != 'r' && conv != 's' && conv != 'a' {
			return "", pyErr("ValueError", "Unknown conversion specifier %c", conv)
		}
	}
	spec = strings.TrimPrefix(spec, ":")
	v, err := f.lookup(name)
	if err != nil {
		return "", err
	}
	if conv != 0 {
		s, err := convert(v, conv)
		if err != nil {
			return "", err
		}
		v = String(s)
	}
	if strings.ContainsAny(spec, "{}") {
		if spec, err = f.render(spec, depth+1); err != nil {
			return "", err
		}
	}
	return formatValue(v, spec)
}

// lookup resolves a field name: an argument, then .attr and [key] parts.
func (f *formatter) lookup(name string) (Value, error) {
	first := strings.IndexAny(name, ".[")
	if first < 0 {
		first = len(name)
	}
	arg, rest := name[:first], name[first:]
	var v Value
	switch {
	case arg == "":
		if f.manual {
			return nil, pyErr("ValueError", "cannot switch from manual field specification to automatic field numbering")
		}
		if f.auto >= len(f.args) {
			return nil, pyErr("IndexError", "Replacement index %d out of range for positional args tuple", f.auto)
		}
		v = f.args[f.auto]
		f.auto++
	case isDecimal(arg):
		if f.auto > 0 {
			return nil, pyErr("ValueError", "cannot switch from automatic field numbering to manual field specification")
		}
		f.manual = true
		n, err := strconv.Atoi(arg)
		if err != nil || n >= len(f.args) {
			return nil, pyErr("IndexError", "Replacement index %s out of range for positional args tuple", arg)
		}
		v = f.args[n]
	default:
		found := false
		for _, k := range f.kwargs {
			if k.Name == arg {
				v, found = k.Value, true
			}
		}
		if !found {
			return nil, pyErr("KeyError", "%s", reprString(arg))
		}
	}
	for rest != "" {
		var err error
		if rest[0] == '.' {
			end := strings.IndexAny(rest[1:], ".[") + 1
			if end == 0 {
				end = len(rest)
			}
			if end == 1 {
				return nil, pyErr("ValueError", "Empty attribute in format string")
			}
			v, err = getattr(v, rest[1:end])
			rest = rest[end:]
		} else {
			end := strings.IndexByte(rest, ']')
			if rest[0] != '[' || end < 0 {
				return nil, pyErr("ValueError", "Only '.' or '[' may follow ']' in format field specifier")
			}
			key := rest[1:end]
			var k Value = String(key)
			if isDecimal(key) {
				n, _ := strconv.Atoi(key)
				k = Int(n)
			}
			v, err = index(v, k)
			rest = rest[end+1:]
		}
		if err != nil {
			return nil, err
		}
	}
	return v, nil
}

func isDecimal(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// formatValue is Python's format(v, spec) for the values the evaluator knows.
func formatValue(v Value, spec string) (string, error) {
	switch x := v.(type) {
	case String:
		return formatSpec(spec, x, 0, false)
	case Int:
		return formatSpec(spec, nil, int64(x), true)
	case Bool:
		if spec == "" {
			return Str(x)
		}
		n, _ := asInt(x)
		return formatSpec(spec, nil, n, true)
	case Formattable:
		return x.PyFormat(spec)
	}
	if spec == "" {
		return Str(v)
	}
	if builtinKind(v) {
		return "", pyErr("TypeError", "unsupported format string passed to %s.__format__", v.Type())
	}
	return "", notStatic("formatting a %s with a spec is not supported", v.Type())
}

// formatSpec applies the format-spec mini-language
// [[fill]align][sign][#][0][width][grouping][.precision][type] to a str
// (s != nil) or an int.
func formatSpec(spec string, s Value, n int64, isInt bool) (string, error) {
	typ := "str"
	if isInt {
		typ = "int"
	}
	invalid := pyErr("ValueError", "Invalid format specifier '%s' for object of type '%s'", spec, typ)
	rs := []rune(spec)
	i := 0
	fill, align := ' ', rune(0)
	if len(rs) >= 2 && strings.ContainsRune("<>=^", rs[1]) {
		fill, align, i = rs[0], rs[1], 2
	} else if len(rs) >= 1 && strings.ContainsRune("<>=^", rs[0]) {
		align, i = rs[0], 1
	}
	sign := rune(0)
	if i < len(rs) && strings.ContainsRune("+- ", rs[i]) {
		sign = rs[i]
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		return "", notStatic("the z format option is not supported")
	}
	alt := false
	if i < len(rs) && rs[i] == '#' {
		alt = true
		i++
	}
	zero := false
	if i < len(rs) && rs[i] == '0' {
		zero = true
		i++
	}
	num := func() (int, bool) {
		start, v := i, 0
		for ; i < len(rs) && '0' <= rs[i] && rs[i] <= '9'; i++ {
			v = v*10 + int(rs[i]-'0')
			if v > maxLen {
				v = maxLen + 1
			}
		}
		return v, i > start
	}
	width, _ := num()
	if width > maxLen {
		return "", notStatic("width above %d", maxLen)
	}
	group := rune(0)
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		group = rs[i]
		i++
	}
	prec := -1
	if i < len(rs) && rs[i] == '.' {
		i++
		p, ok := num()
		if !ok {
			return "", pyErr("ValueError", "Format specifier missing precision")
		}
		prec = p
	}
	conv := rune(0)
	if i < len(rs) {
		conv = rs[i]
		i++
	}
	if i != len(rs) {
		return "", invalid
	}
	if zero && align == 0 {
		fill, align = '0', '='
		if !isInt {
			align = '<'
		}
	}
	if !isInt {
		switch {
		case conv != 0 && conv != 's':
			return "", pyErr("ValueError", "Unknown format code '%c' for object of type 'str'", conv)
		case sign != 0:
			return "", pyErr("ValueError", "Sign not allowed in string format specifier")
		case alt:
			return "", pyErr("ValueError", "Alternate form (#) not allowed in string format specifier")
		case align == '=':
			return "", pyErr("ValueError", "'=' alignment not allowed in string format specifier")
		case group != 0:
			return "", pyErr("ValueError", "Cannot specify '%c' with 's'.", group)
		}
		str := string(s.(String))
		if prec >= 0 {
			str = truncateRunes(str, prec)
		}
		return alignText("", str, width, fill, align, '<'), nil
	}
	signStr := ""
	switch {
	case n < 0:
		signStr = "-"
	case sign == '+':
		signStr = "+"
	case sign == ' ':
		signStr = " "
	}
	var digits, prefix string
	switch conv {
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
		if prec >= 0 {
			return "", pyErr("ValueError", "Precision not allowed in integer format specifier")
		}
		base := map[rune]int{'b': 2, 'o': 8, 'x': 16, 'X': 16}[conv]
		if base == 0 {
			base = 10
		}
		if conv == 'c' {
			if sign != 0 || alt {
				return "", pyErr("ValueError", "Sign not allowed with integer format specifier 'c'")
			}
			if n < 0 || n > utf8.MaxRune || 0xD800 <= n && n < 0xE000 {
				return "", pyErr("OverflowError", "%%c arg not in range(0x110000)")
			}
			return alignText("", string(rune(n)), width, fill, align, '>'), nil
		}
		if group != 0 && (conv == 'n' || group == ',' && base != 10) {
			return "", pyErr("ValueError", "Cannot specify '%c' with '%c'.", group, conv)
		}
		digits = strconv.FormatUint(absInt(n), base)
		if conv == 'X' {
			digits = strings.ToUpper(digits)
		}
		if alt && base != 10 {
			prefix = "0" + string(conv)
		}
		if group != 0 {
			every := 3
			if base != 10 {
				every = 4
			}
			digits = groupDigits(digits, every, group)
		}
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		if prec < 0 {
			prec = 6
		}
		digits = formatFloat(math.Abs(float64(n)), byte(conv), prec, alt)
		if group != 0 {
			intEnd := strings.IndexFunc(digits, func(r rune) bool { return r < '0' || r > '9' })
			if intEnd < 0 {
				intEnd = len(digits)
			}
			digits = groupDigits(digits[:intEnd], 3, group) + digits[intEnd:]
		}
	default:
		return "", pyErr("ValueError", "Unknown format code '%c' for object of type 'int'", conv)
	}
	if group != 0 && fill == '0' && align == '=' {
		return "", notStatic("zero padding with a thousands separator is not supported")
	}
	return alignText(signStr+prefix, digits, width, fill, align, '>'), nil
}

// groupDigits inserts sep every n digits from the right.
func groupDigits(d string, n int, sep rune) string {
	var b strings.Builder
	for i, c := range d {
		if i > 0 && (len(d)-i)%n == 0 {
			b.WriteRune(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// alignText pads sign+body to width with fill, per align ('=' pads between
// the sign and the body).
func alignText(sign, body string, width int, fill, align, def rune) string {
	if align == 0 {
		align = def
	}
	n := width - utf8.RuneCountInString(sign) - utf8.RuneCountInString(body)
	if n <= 0 {
		return sign + body
	}
	switch align {
	case '<':
		return sign + body + strings.Repeat(string(fill), n)
	case '^':
		return strings.Repeat(string(fill), n/2) + sign + body + strings.Repeat(string(fill), n-n/2)
	case '=':
		return sign + strings.Repeat(string(fill), n) + body
	}
	return strings.Repeat(string(fill), n) + sign + body
}
