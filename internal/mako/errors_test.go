package mako

import (
	"errors"
	"strings"
	"testing"

	"github.com/onehead/onehead/internal/python"
)

// TestErrors checks that refused constructs and broken templates fail with
// the right kind of error, naming the line and the construct.
func TestErrors(t *testing.T) {
	type kind int
	const (
		compile kind = iota
		rendering
		unsupported
	)
	tests := []struct {
		name, src string
		kind      kind
		line      int
		want      string // in Error()
	}{
		{"def tag", "a\n<%def name=\"f()\">x</%def>", unsupported, 2, "<%def> tag is not supported"},
		{"block tag", "<%block name=\"b\">x</%block>", unsupported, 1, "<%block>"},
		{"include", "\n\n<%include file=\"x.mako\"/>", unsupported, 3, "<%include>"},
		{"inherit", "<%inherit file=\"base.mako\"/>", unsupported, 1, "<%inherit>"},
		{"namespace", "<%namespace name=\"n\" file=\"x\"/>", unsupported, 1, "<%namespace>"},
		{"call", "<%call expr=\"f()\">x</%call>", unsupported, 1, "<%call>"},
		{"page", "<%page args=\"x\"/>", unsupported, 1, "<%page>"},
		{"custom tag", "<%ns:thing/>", unsupported, 1, "custom tag"},
		{"no such tag", "<%foo>", compile, 1, "No such tag: 'foo'"},
		{"text filter", "<%text filter=\"h\">x</%text>", unsupported, 1, "attributes of <%text>"},
		{"while", "% while x:\n% endwhile", unsupported, 1, "`% while` control lines"},
		{"try", "x\n% try:\n% except:\n% endtry", unsupported, 2, "`% try`"},
		{"with", "% with x:\n% endwith", unsupported, 1, "`% with`"},
		{"capture", "${capture(f)}", unsupported, 1, "`capture`"},
		{"caller", "\n${caller.body()}", unsupported, 2, "`caller`"},
		{"self", "${self.attr}", unsupported, 1, "`self`"},
		{"loop", "% for x in 'ab':\n${loop.index}\n% endfor", unsupported, 2, "loop context"},
		{"clock", "<%! import datetime %>${datetime.datetime.now()}", unsupported, 1, "never reads the clock"},
		{"clock from", "<%! from datetime import datetime %>", unsupported, 1, "never reads the clock"},
		{"other module", "<%!\nimport os\n%>", unsupported, 2, "only `import re`"},
		{"re.sub", "<%! import re %>${re.sub('a', 'b', 'c')}", unsupported, 1, "re.sub is not supported"},
		{"re lookahead", "<%! import re %>${re.split('a(?=b)', 'ab')}", unsupported, 1, "is not supported"},
		{"re empty match", "<%! import re %>${re.split('x*', 'ab')}", unsupported, 1, "empty string"},
		{"re dollar", "<%! import re %>${re.split('a$', 'ab')}", unsupported, 1, "$"},
		{"unsupported builtin", "${enumerate(message)}", unsupported, 1, "builtin `enumerate`"},
		{"code if", "<%\nif x:\n    y = 1\n%>", unsupported, 2, "`if` statements"},
		{"code call", "<% context.write('x') %>", unsupported, 1, "only assignments"},
		{"code augmented", "<% x = 1\nx += 1 %>", unsupported, 2, "only assignments"},
		{"attribute target", "<% config.x = 1 %>", unsupported, 1, "assigning to `config.x`"},
		{"filter call", "${x | f(1)}", unsupported, 1, "filters must be names"},
		{"decode filter", "${x | decode.utf8}", unsupported, 1, "filters must be names"},
		{"starred", "${*x}", unsupported, 1, "starred"},
		{"multi-line expression", "${x +\ny}", unsupported, 1, "broken over lines"},
		{"context keys", "${context.keys()}", unsupported, 1, "context.keys"},
		{"mako internals", "${pageargs}", unsupported, 1, "generated code"},
		{"repr of module", "<%! import re %>${re}", unsupported, 1, "module re"},
		{"encoding", "# -*- coding: cp1252 -*-\nx", unsupported, 1, "encoding 'cp1252'"},
		{"undefined", "a\n\n${imports}", rendering, 3, "NameError"},
		{"undefined filter", "${message | nope}", rendering, 1, "'Undefined' object is not callable"},
		{"unbound local", "${x}<% x = 1 %>", rendering, 1, "UnboundLocalError"},
		{"not iterable", "% for x in 1:\n% endfor", rendering, 1, "TypeError"},
		{"unpack", "% for a, b in ['abc']:\n% endfor", rendering, 1, "too many values to unpack (expected 2)"},
		{"raw tuple", "${down_revision | n}", rendering, 1, "expected str instance, tuple found"},
		{"two args", "${message, message}", rendering, 1, "TypeError"},
		{"endif alone", "% endif", compile, 1, "No starting keyword 'if' for 'endif'"},
		{"mismatched end", "% if x:\n% endfor", compile, 2, "doesn't match keyword 'if'"},
		{"elif in for", "% for x in y:\n% elif z:\n% endfor", compile, 2, "not a legal ternary"},
		{"else twice", "% if x:\na\n% else:\nb\n% else:\n% endif", compile, 5, "after 'else'"},
		{"unterminated if", "\n% if x:\na", compile, 2, "Unterminated control keyword: 'if'"},
		{"text after colon", "% if x: y\n% endif", compile, 1, "not a partial control statement"},
		{"if paren", "% if(x):\n% endif", compile, 1, "not a partial control statement"},
		{"bad keyword", "% x = 1", compile, 1, "not a partial control statement"},
		{"empty control", "%", compile, 1, "Invalid control line"},
		{"empty if before else", "% if x:\n% else:\nE\n% endif", compile, 1, "IndentationError"},
		{"syntax", "${x y}", compile, 1, "SyntaxError"},
		{"call closed early", "${x)(y}", compile, 1, "SyntaxError"},
		{"unclosed expression", "${x", compile, 1, "Expected: |,}"},
		{"unclosed block", "<% x = 1", compile, 1, "Expected: %>"},
		{"unclosed text", "<%text>abc", compile, 1, "Unclosed tag: <%text>"},
		{"empty text", "<%text></%text>", compile, 1, "Unclosed tag"},
		{"close without open", "a</%text>", compile, 1, "Closing tag without opening tag"},
		{"reserved", "<% context = 1 %>", compile, 1, "Reserved words declared in template: context"},
		{"reserved loop", "% for loop in y:\n% endfor", compile, 1, "Reserved words"},
		{"indent", "<%\n  a = 1\n    b = 2\n%>", compile, 3, "unexpected indent"},
		{"module NameError", "<%! x = y %>", compile, 1, "NameError"},
		{"bad utf-8", "\xff", compile, 1, "'utf-8' failed"},
		{"BOM conflict", "\xef\xbb\xbf# coding: latin-1\n", compile, 1, "conflicting magic encoding comment"},
		{"filter syntax", "${x | h,}", compile, 1, "SyntaxError"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := render("s.mako", []byte(tt.src), map[string]python.Value{"message": python.String("m"),
				"down_revision": python.Tuple{python.String("a"), python.String("b")}})
			var line int
			switch tt.kind {
			case compile:
				var e *CompileError
				if !errors.As(err, &e) {
					t.Fatalf("want a CompileError, got %T %v", err, err)
				}
				line = e.Line
			case rendering:
				var e *RenderError
				if !errors.As(err, &e) {
					t.Fatalf("want a RenderError, got %T %v", err, err)
				}
				line = e.Line
			case unsupported:
				var e *UnsupportedError
				if !errors.As(err, &e) {
					t.Fatalf("want an UnsupportedError, got %T %v", err, err)
				}
				line = e.Line
			}
			if line != tt.line || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "s.mako:") {
				t.Errorf("got %q (line %d), want line %d and %q", err, line, tt.line, tt.want)
			}
		})
	}
}

// TestRenderReservedVariable checks Mako's refusal of variables it defines
// itself.
func TestRenderReservedVariable(t *testing.T) {
	tmpl, err := Parse("s.mako", []byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range reserved {
		_, err := tmpl.Render(map[string]python.Value{name: python.None})
		var re *RenderError
		if !errors.As(err, &re) || !strings.Contains(re.Msg, "Reserved words passed to render(): "+name) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestRenderIsRepeatable checks that a template renders the same twice:
// locals of one render must not leak into the next.
func TestRenderIsRepeatable(t *testing.T) {
	tmpl, err := Parse("s.mako", []byte("% if first:\n<% x = 1 %>\n% endif\n${x}"))
	if err != nil {
		t.Fatal(err)
	}
	if out, err := tmpl.Render(map[string]python.Value{"first": python.Bool(true)}); err != nil || out != "\n1" {
		t.Fatalf("first render: %q %v", out, err)
	}
	var re *RenderError
	if _, err := tmpl.Render(map[string]python.Value{"first": python.Bool(false)}); !errors.As(err, &re) {
		t.Fatalf("second render: want UnboundLocalError, got %v", err)
	}
}
