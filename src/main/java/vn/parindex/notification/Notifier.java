package vn.parindex.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.parindex.identity.Recipient;

/**
 * Delivers a notice: a row per user in the caller's transaction (at most once per user
 * and occasion), then, once that transaction commits, the outbox mails it.
 */
@Component
class Notifier {

	private final Inbox inbox;

	private final Outbox outbox;

	private final Clock clock;

	Notifier(Inbox inbox, Outbox outbox, Clock clock) {
		this.inbox = inbox;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** Adds the notice for every recipient who lacks it; the number added. */
	int deliver(Collection<Recipient> recipients, Notice notice) {
		Instant now = this.clock.instant();
		Set<Long> seen = new HashSet<>();
		int added = 0;
		for (Recipient recipient : recipients) {
			if (seen.add(recipient.userId()) && this.inbox.add(recipient, notice, now)) {
				added++;
			}
		}
		if (added > 0) {
			mailAfterCommit();
		}
		return added;
	}

	/** Once per transaction; at once when there is none. */
	private void mailAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.outbox.flush();
			return;
		}
		if (TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.noneMatch(FlushAfterCommit.class::isInstance)) {
			TransactionSynchronizationManager.registerSynchronization(new FlushAfterCommit(this.outbox));
		}
	}

	/** Mails the new rows after the commit; a rollback leaves nothing to mail. */
	record FlushAfterCommit(Outbox outbox) implements TransactionSynchronization {

		@Override
		public void afterCommit() {
			this.outbox.flush();
		}

	}

}
