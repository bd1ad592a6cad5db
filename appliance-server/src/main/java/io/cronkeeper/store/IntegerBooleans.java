package io.cronkeeper.store;

import java.lang.reflect.Type;
import java.sql.Types;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.NullArgument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Booleans are 0/1 integers in both schemas. SQLite takes a JDBC boolean into such a column as
 * 1 or 0; PostgreSQL refuses it ("column is of type integer but expression is of type boolean"),
 * so every boolean a DAO binds goes out as the integer.
 */
final class IntegerBooleans implements ArgumentFactory.Preparable {
    @Override
    public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
        if (type != boolean.class && type != Boolean.class) {
            return Optional.empty();
        }
        return Optional.of(value -> value == null
            ? new NullArgument(Types.INTEGER)
            : (position, statement, context) -> statement.setInt(position, (Boolean) value ? 1 : 0));
    }
}
