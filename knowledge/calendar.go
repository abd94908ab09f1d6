package knowledge

// splitDate reads YYYY-MM-DD, YYYY-MM or YYYY without allocating; missing
// parts are 0.
func splitDate(s string) (y, m, d int, ok bool) {
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	switch {
	case len(s) == 4:
		y, ok = num(s)
	case len(s) == 7 && s[4] == '-':
		var ok1, ok2 bool
		y, ok1 = num(s[:4])
		m, ok2 = num(s[5:])
		ok = ok1 && ok2 && m >= 1 && m <= 12
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		var ok1, ok2, ok3 bool
		y, ok1 = num(s[:4])
		m, ok2 = num(s[5:7])
		d, ok3 = num(s[8:])
		ok = ok1 && ok2 && ok3 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
	}
	if !ok {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// civilDay returns the day number (days since 1970-01-01) of a date in the
// proleptic Gregorian calendar (H. Hinnant's days_from_civil).
func civilDay(y, m, d int) int32 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}
