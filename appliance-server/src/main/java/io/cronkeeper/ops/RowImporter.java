package io.cronkeeper.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.cronkeeper.store.Dialect;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Inserts exported rows into this database's tables by column name. A column the export has
 * and this schema lacks (an export from a newer release) is left out and noted; a column this
 * schema has and the export lacks (an older release) gets the column's default. A row whose key
 * is already present is left as it is, which makes a second import change nothing.
 */
final class RowImporter {
    enum Outcome { ADDED, PRESENT, ORPHAN }

    private final Handle h;
    private final Dialect dialect;
    private final Map<String, Optional<TableInfo>> tables = new HashMap<>();
    private final Map<String, Map<String, Long>> idsByUuid = new HashMap<>();
    private final Set<String> notes = new LinkedHashSet<>();

    RowImporter(Handle h, Dialect dialect) {
        this.h = h;
        this.dialect = dialect;
    }

    Optional<TableInfo> table(String name) {
        return tables.computeIfAbsent(name, n -> TableInfo.read(h, dialect, n));
    }

    Set<String> notes() {
        return notes;
    }

    Outcome insert(TableInfo table, List<String> key, ObjectNode row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (var field : row.properties()) {
            String name = field.getKey();
            Optional<String> fk = foreignKeyFor(table, name);
            if (fk.isPresent()) {
                if (!field.getValue().isNull()) {
                    String parent = table.parents().get(fk.get());
                    Optional<Long> id = idOf(parent, field.getValue().asText());
                    if (id.isEmpty()) {
                        notes.add("rows of " + table.name() + " whose " + parent + " is missing were skipped");
                        return Outcome.ORPHAN;
                    }
                    values.put(fk.get(), id.get());
                } else {
                    values.put(fk.get(), null);
                }
            } else if (table.columns().containsKey(name) && !table.rowidAlias().equals(Optional.of(name))) {
                values.put(name, sqlValue(table.columns().get(name), field.getValue()));
            } else {
                notes.add("column " + table.name() + "." + name + " is not in this database's schema and was skipped");
            }
        }
        for (TableInfo.Column c : table.columns().values()) {
            if (c.required() && !values.containsKey(c.name()) && !table.rowidAlias().equals(Optional.of(c.name()))) {
                throw new OpsException("rows of " + table.name() + " lack column " + c.name() + ", which has no default");
            }
        }
        if (present(table, key, values)) {
            return Outcome.PRESENT;
        }
        List<String> columns = new ArrayList<>(values.keySet());
        Update insert = h.createUpdate("INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") VALUES ("
            + String.join(", ", columns.stream().map(c -> "?").toList()) + ")");
        for (int i = 0; i < columns.size(); i++) {
            bind(insert, i, values.get(columns.get(i)));
        }
        insert.execute();
        return Outcome.ADDED;
    }

    private static Optional<String> foreignKeyFor(TableInfo table, String field) {
        return table.parents().keySet().stream().filter(col -> Tables.uuidField(col).equals(field)).findFirst();
    }

    private boolean present(TableInfo table, List<String> key, Map<String, Object> values) {
        // SQLite's IS compares NULLs as equal; PostgreSQL spells it IS NOT DISTINCT FROM.
        String same = dialect == Dialect.POSTGRES ? " IS NOT DISTINCT FROM ?" : " IS ?";
        var query = h.createQuery("SELECT count(*) FROM " + table.name() + " WHERE "
            + String.join(" AND ", key.stream().map(k -> k + same).toList()));
        for (int i = 0; i < key.size(); i++) {
            Object v = values.get(key.get(i));
            if (v == null) {
                query.bindNull(i, java.sql.Types.NULL);
            } else {
                query.bind(i, v);
            }
        }
        return query.mapTo(Integer.class).one() > 0;
    }

    /** The local row id of a parent row, by UUID; cached, since every child asks. */
    Optional<Long> idOf(String parent, String uuid) {
        Map<String, Long> cache = idsByUuid.computeIfAbsent(parent, p -> new HashMap<>());
        Long id = cache.get(uuid);
        if (id == null) {
            TableInfo info = table(parent).orElseThrow(() -> new OpsException("table " + parent + " is missing"));
            id = h.createQuery("SELECT " + info.rowidAlias().orElse("rowid") + " FROM " + parent + " WHERE uuid = ?")
                .bind(0, uuid).mapTo(Long.class).findOne().orElse(null);
            if (id == null) {
                return Optional.empty();
            }
            cache.put(uuid, id);
        }
        return Optional.of(id);
    }

    /**
     * The value as the column's type wants it. SQLite would store anything anywhere; PostgreSQL
     * refuses a number for a TEXT column and text for a BIGINT one, so the JSON value is made to
     * fit the column (an export from SQLite may hold a number where the schema says TEXT).
     */
    private static Object sqlValue(TableInfo.Column column, JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            long b = v.booleanValue() ? 1L : 0L;
            return column.text() ? Long.toString(b) : b;
        }
        if (v.isNumber() && column.text()) {
            return v.asText();
        }
        if (v.isTextual() && column.integer() && v.textValue().strip().matches("-?\\d{1,18}")) {
            return Long.parseLong(v.textValue().strip());
        }
        if (v.isIntegralNumber()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual() && column.blob()) {
            try {
                return v.binaryValue();
            } catch (IOException e) {
                throw new UncheckedIOException("column " + column.name() + ": not base64", e);
            }
        }
        return v.isTextual() ? v.textValue() : v.toString();
    }

    private static void bind(Update update, int position, Object value) {
        if (value == null) {
            update.bindNull(position, java.sql.Types.NULL);
        } else {
            update.bind(position, value);
        }
    }
}
