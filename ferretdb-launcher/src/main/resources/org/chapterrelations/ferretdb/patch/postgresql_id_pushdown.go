// Added by Chapter Relations Platform's build of FerretDB (see docs/ferretdb.md).

package postgresql

import (
	"fmt"
	"strings"

	"github.com/FerretDB/FerretDB/internal/backends/postgresql/metadata"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// withIDIndex adds the filter's _id equality or $in list of strings and ObjectIDs to the WHERE clause in
// the form of the _id index's expression, so that PostgreSQL uses the index (the generic pushdown,
// _jsonb->$1 @> $2, never matches it), and an anchored literal prefix as a LIKE (no index, but the rows
// are not all decoded by FerretDB). The handler filters every row again.
func withIDIndex(p *metadata.Placeholder, filter *types.Document, where string, args []any) (string, []any) {
	v, _ := filter.Get("_id")

	var values []any

	switch v := v.(type) {
	case string, types.ObjectID:
		values = []any{v}
	case types.Regex:
		return withIDPrefix(p, v.Pattern, v.Options, where, args)
	case *types.Document:
		if re, err := v.Get("$regex"); err == nil && v.Len() == 1 {
			switch re := re.(type) {
			case types.Regex:
				return withIDPrefix(p, re.Pattern, re.Options, where, args)
			case string:
				return withIDPrefix(p, re, "", where, args)
			}
		}

		in, err := v.Get("$in")
		arr, ok := in.(*types.Array)

		if err != nil || !ok || v.Len() != 1 || arr.Len() == 0 || arr.Len() > 10000 {
			return where, args
		}

		for i := 0; i < arr.Len(); i++ {
			e := must.NotFail(arr.Get(i))

			switch e.(type) {
			case string, types.ObjectID:
				values = append(values, e)
			default:
				return where, args
			}
		}
	default:
		return where, args
	}

	marks := make([]string, len(values))
	for i, value := range values {
		marks[i] = p.Next()
		args = append(args, string(must.NotFail(sjson.MarshalSingleValue(value))))
	}

	clause := fmt.Sprintf(`%s IN (%s)`, metadata.IDColumn, strings.Join(marks, ", "))

	if where == "" {
		return ` WHERE ` + clause, args
	}

	return where + ` AND ` + clause, args
}

// withIDPrefix handles ^literal with no options, the literal free of LIKE's and regular expressions'
// special characters.
func withIDPrefix(p *metadata.Placeholder, pattern, options, where string, args []any) (string, []any) {
	if options != "" || len(pattern) < 2 || pattern[0] != '^' {
		return where, args
	}

	prefix := pattern[1:]

	for i := 0; i < len(prefix); i++ {
		c := prefix[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == ':' || c == '@' || c == '#' || c == ',' || c == '=' || c == '~') {
			return where, args
		}
	}

	clause := fmt.Sprintf(`%s->>'_id' LIKE %s`, metadata.DefaultColumn, p.Next())
	args = append(args, prefix+"%")

	if where == "" {
		return ` WHERE ` + clause, args
	}

	return where + ` AND ` + clause, args
}
