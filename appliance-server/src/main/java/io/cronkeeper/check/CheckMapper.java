package io.cronkeeper.check;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps a {@code SELECT *} row of {@code check_} by column position. It runs on every ping:
 * Jdbi's constructor mapper re-matched 31 column names by reflection for each result set, and
 * even the driver's by-name lookup scanned names case-insensitively on every call. Positions are
 * the table's column order, which migrations keep: they only ever append columns
 * ({@code CheckMapperTest} verifies the order against the schema).
 */
public final class CheckMapper implements RowMapper<Check> {
    @Override
    public Check map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Check(
            rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10), rs.getString(11), rs.getString(12),
            rs.getString(13), rs.getString(14), rs.getBoolean(15), rs.getBoolean(16), rs.getBoolean(17),
            rs.getBoolean(18), rs.getBoolean(19), rs.getString(20), rs.getString(21), rs.getString(22),
            rs.getString(23), rs.getLong(24), nullableLong(rs, 25), nullableLong(rs, 26), rs.getString(27),
            nullableLong(rs, 28), nullableLong(rs, 29), rs.getBoolean(30), rs.getLong(31),
            new AlertOptions(nullableInt(rs, 32), nullableInt(rs, 33), rs.getInt(34), nullableInt(rs, 35),
                nullableLong(rs, 36)),
            rs.getInt(37), nullableLong(rs, 38));
    }

    /** The column names in mapping order, for the test that keeps this mapper honest. */
    static final java.util.List<String> COLUMNS = java.util.List.of(
        "id", "uuid", "project_id", "name", "slug", "tags", "description", "kind", "timeout", "grace", "schedule",
        "tz", "status", "methods", "manual_resume", "filter_subject", "filter_body", "filter_http_body",
        "filter_default_fail", "start_kw", "success_kw", "failure_kw", "badge_key", "n_pings", "last_ping",
        "last_start", "last_start_rid", "last_duration", "alert_after", "has_confirmation_link", "created",
        "start_grace", "min_run_time", "fail_threshold", "repeat_every", "snoozed_until", "fail_streak", "next_nag");

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
