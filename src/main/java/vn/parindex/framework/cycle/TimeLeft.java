package vn.parindex.framework.cycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How long until a deadline, as a message: days and hours, hours and minutes, minutes, or
 * over. The countdown script in app.js counts the same way.
 *
 * @param key the message key
 * @param args its arguments
 */
public record TimeLeft(String key, List<String> args) {

	private static final long DAY = 24 * 60;

	public static TimeLeft between(Instant now, Instant deadline) {
		long minutes = Duration.between(now, deadline).toMinutes();
		if (!deadline.isAfter(now)) {
			return new TimeLeft("framework.cycle.left.over", List.of());
		}
		if (minutes >= DAY) {
			return of("framework.cycle.left.days", minutes / DAY, (minutes % DAY) / 60);
		}
		if (minutes >= 60) {
			return of("framework.cycle.left.hours", minutes / 60, minutes % 60);
		}
		return of("framework.cycle.left.minutes", minutes);
	}

	private static TimeLeft of(String key, long... values) {
		return new TimeLeft(key, java.util.Arrays.stream(values).mapToObj(Long::toString).toList());
	}

	/** The arguments as an array, for {@code #messages.msgWithParams}. */
	public Object[] arguments() {
		return this.args.toArray();
	}

}
