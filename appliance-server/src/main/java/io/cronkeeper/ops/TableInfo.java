package io.cronkeeper.ops;

import io.cronkeeper.store.Dialect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * One table's columns and foreign keys, as this database's schema declares them.
 *
 * @param rowidAlias the local row id (SQLite's INTEGER PRIMARY KEY, PostgreSQL's identity
 *                   {@code id}): it never travels, and foreign keys point at it
 * @param primaryKey the primary key's columns, in order
 */
record TableInfo(String name, Map<String, Column> columns, Map<String, String> parents, Optional<String> rowidAlias,
                 List<String> primaryKey) {

    /**
     * @param type declared type, upper case
     * @param required NOT NULL without a default
     */
    record Column(String name, String type, boolean required) {
        boolean blob() {
            return type.contains("BLOB") || type.equals("BYTEA");
        }

        /** Holds whole numbers (booleans too, kept as 0/1 on both stores). */
        boolean integer() {
            return type.contains("INT");
        }

        boolean text() {
            return type.contains("TEXT") || type.contains("CHAR");
        }
    }

    static Optional<TableInfo> read(Handle h, Dialect dialect, String table) {
        if (!Schema.hasTable(h, dialect, table)) {
            return Optional.empty();
        }
        return Optional.of(switch (dialect) {
            case SQLITE -> sqlite(h, table);
            case POSTGRES -> PostgresCatalog.table(h, table);
        });
    }

    private static TableInfo sqlite(Handle h, String table) {
        List<Map<String, Object>> cols = h.createQuery("SELECT * FROM pragma_table_info(:t)").bind("t", table).mapToMap().list();
        Map<String, Column> columns = new LinkedHashMap<>();
        List<String> pk = cols.stream().filter(c -> ((Number) c.get("pk")).intValue() > 0)
            .sorted(java.util.Comparator.comparingInt(c -> ((Number) c.get("pk")).intValue()))
            .map(c -> (String) c.get("name")).toList();
        for (Map<String, Object> c : cols) {
            String type = String.valueOf(c.get("type")).toUpperCase(Locale.ROOT);
            boolean required = ((Number) c.get("notnull")).intValue() == 1 && c.get("dflt_value") == null;
            columns.put((String) c.get("name"), new Column((String) c.get("name"), type, required));
        }
        // A single INTEGER PRIMARY KEY is SQLite's rowid: local to this file, never exported.
        Optional<String> rowid = pk.size() == 1 && columns.get(pk.getFirst()).type().equals("INTEGER")
            ? Optional.of(pk.getFirst()) : Optional.empty();
        Map<String, String> parents = new LinkedHashMap<>();
        h.createQuery("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(:t)").bind("t", table).mapToMap()
            .forEach(fk -> parents.put((String) fk.get("from"), (String) fk.get("table")));
        return new TableInfo(table, columns, parents, rowid, pk);
    }

    /** Columns that travel: all but the rowid. */
    List<String> portableColumns() {
        return columns.keySet().stream().filter(c -> rowidAlias.map(r -> !r.equals(c)).orElse(true)).toList();
    }

    /**
     * The order an export writes rows in, which an import keeps: insertion order. SQLite's rowid
     * (every SQLite table has one); PostgreSQL's identity, else the primary key.
     */
    String exportOrder(Dialect dialect) {
        if (dialect == Dialect.SQLITE) {
            return "rowid";
        }
        List<String> order = rowidAlias.map(List::of).orElse(primaryKey);
        return String.join(", ", order.isEmpty() ? List.copyOf(columns.keySet()) : order);
    }
}
