package io.cronkeeper.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What SQLite's {@code pragma_table_info} and {@code pragma_foreign_key_list} say about a table,
 * read from PostgreSQL's catalog (issue 17), for the tables of the current schema. The identity
 * column {@code id} plays the part of SQLite's rowid: local to this database, never exported.
 */
final class PostgresCatalog {
    private PostgresCatalog() {
    }

    static boolean hasTable(Handle h, String table) {
        return h.createQuery("""
                SELECT count(*) FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_name = :t AND table_type = 'BASE TABLE'""")
            .bind("t", table).mapTo(Integer.class).one() > 0;
    }

    static TableInfo table(Handle h, String table) {
        Map<String, TableInfo.Column> columns = new LinkedHashMap<>();
        Optional<String> identity = Optional.empty();
        List<Map<String, Object>> cols = h.createQuery("""
                SELECT column_name, data_type, is_nullable, column_default, is_identity
                FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = :t
                ORDER BY ordinal_position""").bind("t", table).mapToMap().list();
        for (Map<String, Object> c : cols) {
            String name = (String) c.get("column_name");
            boolean isIdentity = "YES".equals(c.get("is_identity"));
            boolean required = "NO".equals(c.get("is_nullable")) && c.get("column_default") == null && !isIdentity;
            columns.put(name, new TableInfo.Column(name, String.valueOf(c.get("data_type")).toUpperCase(Locale.ROOT), required));
            if (isIdentity) {
                identity = Optional.of(name);
            }
        }
        List<String> pk = h.createQuery("""
                SELECT a.attname FROM pg_index i
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                WHERE i.indrelid = (quote_ident(current_schema()) || '.' || quote_ident(:t))::regclass AND i.indisprimary
                ORDER BY array_position(i.indkey::int2[], a.attnum)""").bind("t", table).mapTo(String.class).list();
        Optional<String> rowid = identity.filter(id -> pk.equals(List.of(id)));
        Map<String, String> parents = new LinkedHashMap<>();
        h.createQuery("""
                SELECT a.attname AS from_column, p.relname AS parent
                FROM pg_constraint c
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                JOIN pg_class p ON p.oid = c.confrelid
                WHERE c.conrelid = (quote_ident(current_schema()) || '.' || quote_ident(:t))::regclass AND c.contype = 'f'
                ORDER BY c.conname""").bind("t", table).mapToMap()
            .forEach(fk -> parents.put((String) fk.get("from_column"), (String) fk.get("parent")));
        return new TableInfo(table, columns, parents, rowid, pk);
    }
}
