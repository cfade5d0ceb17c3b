package vn.parindex.survey;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL's {@code COPY … FROM STDIN} through pgjdbc's {@code CopyManager}. The driver
 * is a runtime dependency only, so its API is reached by reflection; with the driver on
 * the compile class path this is
 * {@code connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in)}.
 */
final class PgCopy {

	private PgCopy() {
	}

	/** Streams the input into the statement; the rows copied. */
	static long copyIn(Connection connection, String sql, InputStream in) throws SQLException {
		try {
			Class<?> pg = Class.forName("org.postgresql.PGConnection");
			Object copyApi = pg.getMethod("getCopyAPI").invoke(connection.unwrap(pg));
			Method copyIn = Class.forName("org.postgresql.copy.CopyManager")
				.getMethod("copyIn", String.class, InputStream.class);
			return (Long) copyIn.invoke(copyApi, sql, in);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof SQLException failure) {
				throw failure;
			}
			throw new IllegalStateException("COPY failed", ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("The PostgreSQL driver (pgjdbc) is needed for COPY", ex);
		}
	}

}
