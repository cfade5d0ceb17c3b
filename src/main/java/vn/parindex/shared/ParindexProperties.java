package vn.parindex.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Application-wide settings under {@code parindex.*}.
 *
 * @param dataDir where the embedded database and files are kept
 * @param embedded how the embedded PostgreSQL runs
 */
@ConfigurationProperties("parindex")
public record ParindexProperties(@DefaultValue("data") Path dataDir, @DefaultValue Embedded embedded) {

	/**
	 * @param persistent keep the data under {@code data/pg} on a fixed port; tests use a
	 * throw-away instance on a free port instead
	 * @param port the fixed port of the persistent instance
	 */
	public record Embedded(@DefaultValue("true") boolean persistent, @DefaultValue("54329") int port) {
	}

}
