package vn.parindex.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;

/**
 * The signed-in user's own notifications: listed, counted, marked read and opened.
 * Another user's notification does not exist for them (404). Reading is not audited.
 */
@Service
@Transactional
public class NotificationManagement {

	/** The page and the API show this many, newest first. */
	static final int SHOWN = 200;

	private final Inbox inbox;

	private final CurrentActor actor;

	private final Clock clock;

	NotificationManagement(Inbox inbox, CurrentActor actor, Clock clock) {
		this.inbox = inbox;
		this.actor = actor;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<NotificationRow> mine() {
		return this.inbox.of(userId(), SHOWN);
	}

	@Transactional(readOnly = true)
	public long unreadCount() {
		return this.inbox.unread(userId());
	}

	public void markRead(long id) {
		if (!this.inbox.markRead(userId(), id, this.clock.instant())) {
			throw new NotFoundException("notification", id);
		}
	}

	/** Marks every unread notification read; how many there were. */
	public int markAllRead() {
		return this.inbox.markAllRead(userId(), this.clock.instant());
	}

	/** Marks the notification read and tells where it leads. */
	public String open(long id) {
		long user = userId();
		NotificationRow row = this.inbox.find(user, id).orElseThrow(() -> new NotFoundException("notification", id));
		this.inbox.markRead(user, id, this.clock.instant());
		return row.link();
	}

	private long userId() {
		Long id = this.actor.get().userId();
		if (id == null) {
			throw new AccessRefusedException();
		}
		return id;
	}

}
