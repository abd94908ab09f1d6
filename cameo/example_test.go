package cameo_test

import (
	"fmt"

	"dyad/cameo"
)

func Example() {
	c, _ := cameo.Default().Lookup("054")
	fmt.Println(c.Code, c.Name, c.Goldstein, c.Quad, c.Plover.Event)

	a, _ := cameo.ParseActor("IGOUNOREFHCR")
	fmt.Println(a.Country, a.Sector, a.Roles)
	// Output:
	// 054 Grant diplomatic recognition 6 1 SUPPORT
	// IGOUNO REF [HCR]
}
