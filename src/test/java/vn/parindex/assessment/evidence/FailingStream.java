package vn.parindex.assessment.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Delivers some bytes, then fails like a connection that drops mid-upload.
 */
final class FailingStream extends InputStream {

	private final InputStream bytes;

	private long left;

	FailingStream(byte[] bytes, long failAfter) {
		this.bytes = new ByteArrayInputStream(bytes);
		this.left = failAfter;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return (read(one, 0, 1) == -1) ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (this.left <= 0) {
			throw new IOException("Connection reset");
		}
		int read = this.bytes.read(buffer, offset, (int) Math.min(length, this.left));
		this.left -= Math.max(read, 0);
		return read;
	}

}
