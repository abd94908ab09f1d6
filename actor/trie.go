package actor

// trie maps phrases of upper-case words to payloads.
type trie struct {
	root node
}

type node struct {
	next map[string]*node
	val  int32 // payload index + 1; 0 for none
}

// insert adds a phrase with payload v; a later insert of the same phrase
// replaces the earlier one, so that later dictionaries win.
func (t *trie) insert(words []string, v int) {
	n := &t.root
	for _, w := range words {
		if n.next == nil {
			n.next = make(map[string]*node, 1)
		}
		c := n.next[w]
		if c == nil {
			c = &node{}
			n.next[w] = c
		}
		n = c
	}
	n.val = int32(v + 1)
}

// longest returns the payload and length of the longest phrase that starts
// at words[0]. key(i) gives the lookup keys of word i: its form and, for
// the last word of a phrase, variants such as the form without a
// possessive.
func (t *trie) longest(n int, key func(i int) (string, string)) (val, length int) {
	cur := &t.root
	val = -1
	for i := 0; i < n && cur.next != nil; i++ {
		k, alt := key(i)
		c := cur.next[k]
		if c == nil && alt != "" {
			if c = cur.next[alt]; c != nil && c.val > 0 {
				// The variant (possessive stripped) only ends a phrase.
				val, length = int(c.val-1), i+1
				break
			}
			c = nil
		}
		if c == nil {
			break
		}
		if c.val > 0 {
			val, length = int(c.val-1), i+1
		}
		cur = c
	}
	return val, length
}
