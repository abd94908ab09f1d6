package server

import _ "embed"

// openAPIDoc is the OpenAPI 3 document served at /openapi.json. It is
// written by hand; TestOpenAPI checks it against the routes.
//
//go:embed openapi.json
var openAPIDoc []byte

// OpenAPI returns the OpenAPI 3 document of the API.
func OpenAPI() []byte { return append([]byte(nil), openAPIDoc...) }
