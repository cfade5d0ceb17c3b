package vn.parindex.assessment;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * An evidence file the user may download: what to call it and how to stream it.
 *
 * @param file the file's row
 * @param content opens its bytes from the evidence store
 */
public record FileDownload(FileRow file, Supplier<InputStream> content) {
}
