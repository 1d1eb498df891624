// Added by Chapter Relations Platform's build of FerretDB (see docs/ferretdb.md).

package sqlite

import (
	"fmt"
	"strings"

	"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// idWhereClause turns the filter's _id condition into a WHERE clause on the _id index: an equality,
// an $in list of strings or ObjectIDs, or an anchored prefix regular expression. Other top-level keys
// are ANDed with it, and the handler filters every row again, so the clause may match more documents
// than the filter but never fewer.
func idWhereClause(filter *types.Document) (string, []any) {
	v, _ := filter.Get("_id")

	switch v := v.(type) {
	case string, types.ObjectID:
		return fmt.Sprintf(` WHERE %s = ?`, metadata.IDColumn), []any{idArg(v)}

	case types.Regex:
		return idPrefixClause(v.Pattern, v.Options)

	case *types.Document:
		if v.Len() != 1 {
			return "", nil
		}

		if in, err := v.Get("$in"); err == nil {
			return idInClause(in)
		}

		if re, err := v.Get("$regex"); err == nil {
			switch re := re.(type) {
			case types.Regex:
				return idPrefixClause(re.Pattern, re.Options)
			case string:
				return idPrefixClause(re, "")
			}
		}
	}

	return "", nil
}

func idArg(v any) string {
	return string(must.NotFail(sjson.MarshalSingleValue(v)))
}

// idInClause handles a non-empty $in list of strings and ObjectIDs only.
func idInClause(in any) (string, []any) {
	arr, ok := in.(*types.Array)
	if !ok || arr.Len() == 0 || arr.Len() > 10000 {
		return "", nil
	}

	args := make([]any, 0, arr.Len())

	for i := 0; i < arr.Len(); i++ {
		e := must.NotFail(arr.Get(i))

		switch e.(type) {
		case string, types.ObjectID:
			args = append(args, idArg(e))
		default:
			return "", nil
		}
	}

	marks := strings.TrimSuffix(strings.Repeat("?, ", len(args)), ", ")

	return fmt.Sprintf(` WHERE %s IN (%s)`, metadata.IDColumn, marks), args
}

// idPrefixClause handles ^literal with no options, the literal made of characters that JSON writes
// as themselves and that sort after its quote mark: the stored JSON of every _id string starting with
// the literal then starts with `"literal` and sorts below `"literaM` (last character plus one).
func idPrefixClause(pattern, options string) (string, []any) {
	if options != "" || len(pattern) < 2 || pattern[0] != '^' {
		return "", nil
	}

	prefix := pattern[1:]

	for i := 0; i < len(prefix); i++ {
		c := prefix[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == ':' || c == '@' || c == '#' || c == ',' || c == '=' || c == '%' || c == '~') {
			return "", nil
		}
	}

	// every allowed character is below '~' + 1 (DEL), so "plus one" stays a single byte
	upper := prefix[:len(prefix)-1] + string(rune(prefix[len(prefix)-1]+1))

	return fmt.Sprintf(` WHERE %[1]s >= ? AND %[1]s < ?`, metadata.IDColumn), []any{`"` + prefix, `"` + upper}
}
