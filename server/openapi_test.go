package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// apiDoc is the part of an OpenAPI 3 document the tests read.
type apiDoc struct {
	OpenAPI    string                          `json:"openapi"`
	Paths      map[string]map[string]operation `json:"paths"`
	Components struct {
		Schemas   map[string]schema `json:"schemas"`
		Responses map[string]struct {
			Content map[string]struct {
				Schema schema `json:"schema"`
			} `json:"content"`
		} `json:"responses"`
	} `json:"components"`
}

type operation struct {
	OperationID string `json:"operationId"`
	Parameters  []struct {
		Name     string          `json:"name"`
		In       string          `json:"in"`
		Required bool            `json:"required"`
		Example  json.RawMessage `json:"example"`
	} `json:"parameters"`
	Security    []map[string][]string `json:"security"`
	RequestBody *struct {
		Content map[string]struct {
			Example json.RawMessage `json:"example"`
		} `json:"content"`
	} `json:"requestBody"`
	Responses map[string]struct {
		Ref     string `json:"$ref"`
		Content map[string]struct {
			Schema schema `json:"schema"`
		} `json:"content"`
	} `json:"responses"`
}

type schema struct {
	Ref                  string            `json:"$ref"`
	Type                 string            `json:"type"`
	Required             []string          `json:"required"`
	Properties           map[string]schema `json:"properties"`
	AdditionalProperties *bool             `json:"additionalProperties"`
}

func loadDoc(t *testing.T) apiDoc {
	t.Helper()
	var d apiDoc
	dec := json.NewDecoder(bytes.NewReader(OpenAPI()))
	if err := dec.Decode(&d); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(d.OpenAPI, "3.") {
		t.Fatalf("openapi.json: version %q, want 3.x", d.OpenAPI)
	}
	return d
}

// resolve follows a "#/components/schemas/X" reference.
func (d apiDoc) resolve(t *testing.T, s schema) schema {
	t.Helper()
	for s.Ref != "" {
		name, ok := strings.CutPrefix(s.Ref, "#/components/schemas/")
		r, found := d.Components.Schemas[name]
		if !ok || !found {
			t.Fatalf("openapi.json: unresolved reference %q", s.Ref)
		}
		s = r
	}
	return s
}

// responseSchema returns the JSON schema documented for a status.
func (d apiDoc) responseSchema(t *testing.T, op operation, status string) schema {
	t.Helper()
	r, ok := op.Responses[status]
	if !ok {
		t.Fatalf("%s: no response %s documented", op.OperationID, status)
	}
	content := r.Content
	if name, ok := strings.CutPrefix(r.Ref, "#/components/responses/"); ok {
		cr, found := d.Components.Responses[name]
		if !found {
			t.Fatalf("openapi.json: unresolved reference %q", r.Ref)
		}
		content = cr.Content
	}
	c, ok := content["application/json"]
	if !ok {
		t.Fatalf("%s: response %s has no application/json content", op.OperationID, status)
	}
	return d.resolve(t, c.Schema)
}

// checkBody checks that the top-level fields of a JSON object match the
// schema's properties: every field is documented and every required
// property is present.
func checkBody(t *testing.T, what string, s schema, body []byte) {
	t.Helper()
	if s.Type != "object" {
		t.Fatalf("%s: documented schema is %q, want object", what, s.Type)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("%s: body is not a JSON object: %v\n%s", what, err, body)
	}
	for k := range m {
		if _, ok := s.Properties[k]; !ok {
			t.Errorf("%s: field %q is not in the documented schema", what, k)
		}
	}
	for _, k := range s.Required {
		if _, ok := m[k]; !ok {
			t.Errorf("%s: required field %q missing", what, k)
		}
		if _, ok := s.Properties[k]; !ok {
			t.Errorf("%s: required field %q is not a documented property", what, k)
		}
	}
}

// TestOpenAPI checks the document against the server: every documented
// operation is routed and answers its documented success status with a
// body whose top-level fields match the documented schema, and every
// route is documented.
func TestOpenAPI(t *testing.T) {
	d := loadDoc(t)
	const token = "test-token"
	ts := start(t, Options{Store: openStore(t, fixture()), Coder: stubCoder{}, Token: token})

	documented := map[string]bool{}
	var keys []string
	for path, ops := range d.Paths {
		for method := range ops {
			keys = append(keys, strings.ToUpper(method)+" "+path)
		}
	}
	sort.Strings(keys)
	for _, key := range keys {
		documented[key] = true
		method, path, _ := strings.Cut(key, " ")
		op := d.Paths[path][strings.ToLower(method)]
		t.Run(key, func(t *testing.T) {
			if op.OperationID == "" {
				t.Error("no operationId")
			}
			// The documented success status: the lowest 2xx.
			var success []string
			for st := range op.Responses {
				if strings.HasPrefix(st, "2") {
					success = append(success, st)
				}
			}
			if len(success) == 0 {
				t.Fatal("no 2xx response documented")
			}
			slices.Sort(success)
			want, _ := strconv.Atoi(success[0])

			u := path
			q := url.Values{}
			for _, p := range op.Parameters {
				var ex string
				if len(p.Example) > 0 {
					if err := json.Unmarshal(p.Example, &ex); err != nil {
						ex = string(p.Example) // a number
					}
				}
				switch p.In {
				case "path":
					if ex == "" {
						t.Fatalf("path parameter %q has no example", p.Name)
					}
					if !strings.Contains(u, "{"+p.Name+"}") {
						t.Fatalf("path parameter %q not in the path", p.Name)
					}
					u = strings.ReplaceAll(u, "{"+p.Name+"}", url.PathEscape(ex))
				case "query":
					if ex != "" {
						q.Set(p.Name, ex)
					}
				}
			}
			if strings.Contains(u, "{") {
				t.Fatalf("path %s has undocumented parameters", path)
			}
			var body []byte
			if op.RequestBody != nil {
				c, ok := op.RequestBody.Content["application/json"]
				if !ok || len(c.Example) == 0 {
					t.Fatal("request body has no application/json example")
				}
				body = c.Example
			}
			req, err := http.NewRequest(method, ts.URL+u+"?"+q.Encode(), bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			if len(op.Security) > 0 {
				req.Header.Set("Authorization", "Bearer "+token)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			var raw json.RawMessage
			got := decode(t, res, &raw)
			if got != want {
				t.Fatalf("status %d, want %d: %s", got, want, raw)
			}
			checkBody(t, key, d.responseSchema(t, op, success[0]), raw)
		})
	}

	for _, rt := range routes {
		if key := rt.method + " " + rt.path; !documented[key] {
			t.Errorf("route %s is not in openapi.json", key)
		}
		delete(documented, rt.method+" "+rt.path)
	}
	for key := range documented {
		t.Errorf("openapi.json documents %s, which is not routed", key)
	}
}

// TestOpenAPIErrors checks that error answers match the documented Error
// schema, for errors of the handlers and of the mux.
func TestOpenAPIErrors(t *testing.T) {
	d := loadDoc(t)
	errSchema := d.resolve(t, schema{Ref: "#/components/schemas/Error"})
	ts := start(t, Options{Store: openStore(t, fixture())})
	tests := []struct {
		method, path string
		status       int
		documented   string // the operation that documents the status, or "" for the mux
	}{
		{"GET", "/articles/no-such-article", 404, "GET /articles/{id}"},
		{"GET", "/events?modality=maybe", 400, "GET /events"},
		{"GET", "/events?cursor=xyz", 400, "GET /events"},
		{"GET", "/recognition/NOWHERE", 404, "GET /recognition/{entity}"},
		{"GET", "/recognition/AFG?as_of=yesterday", 400, "GET /recognition/{entity}"},
		{"GET", "/relations/RUS/AFG?by=day", 400, "GET /relations/{a}/{b}"},
		{"GET", "/partners/RUS?n=-1", 400, "GET /partners/{a}"},
		{"GET", "/clusters?limit=0", 400, "GET /clusters"},
		{"POST", "/articles", 403, "POST /articles"},
		{"GET", "/no/such/route", 404, ""},
		{"DELETE", "/events", 405, ""},
		{"PUT", "/articles/art-0001", 405, ""},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, ts.URL+tt.path, nil)
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			var raw json.RawMessage
			if got := decode(t, res, &raw); got != tt.status {
				t.Fatalf("status %d, want %d: %s", got, tt.status, raw)
			}
			checkBody(t, tt.path, errSchema, raw)
			if tt.documented != "" {
				method, path, _ := strings.Cut(tt.documented, " ")
				op := d.Paths[path][strings.ToLower(method)]
				checkBody(t, tt.path, d.responseSchema(t, op, strconv.Itoa(tt.status)), raw)
			}
			if tt.status == 405 && res.Header.Get("Allow") == "" {
				t.Error("405 without an Allow header")
			}
		})
	}
}
