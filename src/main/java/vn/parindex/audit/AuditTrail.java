package vn.parindex.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.parindex.shared.Actor;
import vn.parindex.shared.ActorPrincipal;
import vn.parindex.shared.AuditableEvent;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.RequestInfo;

/**
 * Appends a row for every auditable fact and every sign-in. It listens in the publisher's
 * transaction, so a change and its audit row commit or fail together.
 */
@Component
class AuditTrail {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final CurrentActor actor;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JsonMapper json, CurrentActor actor, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.actor = actor;
		this.clock = clock;
	}

	@EventListener
	void on(AuditableEvent event) {
		Actor current = this.actor.find().orElse(null);
		String name = (current != null) ? current.username() : "anonymous";
		append(name, (current != null) ? current.unitId() : null, event.action(), event.subjectType(),
				event.subjectId(), event.before(), event.after());
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		Actor signedIn = (event.getAuthentication().getPrincipal() instanceof ActorPrincipal principal)
				? principal.actor() : null;
		append(event.getAuthentication().getName(), (signedIn != null) ? signedIn.unitId() : null, "LOGIN_SUCCESS",
				"user", (signedIn != null && signedIn.userId() != null) ? signedIn.userId().toString() : null, null,
				null);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String reason = event.getException().getClass().getSimpleName();
		append(truncate(event.getAuthentication().getName()), null, "LOGIN_FAILURE", "user", null, null,
				java.util.Map.of("reason", reason));
	}

	private void append(String actorName, @Nullable Long unitId, String action, String subjectType,
			@Nullable String subjectId, @Nullable Object before, @Nullable Object after) {
		RequestInfo request = RequestInfo.current();
		this.jdbc.sql("""
				insert into audit_event (occurred_at, actor, actor_unit_id, action, subject_type, subject_id,
				                         old_value, new_value, request_id, client_ip)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)""")
			.params(OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), truncate(actorName), unitId, action,
					subjectType, subjectId, toJson(before), toJson(after), request.requestId(), request.clientIp())
			.update();
	}

	private @Nullable String toJson(@Nullable Object value) {
		return (value != null) ? this.json.writeValueAsString(value) : null;
	}

	private static String truncate(String text) {
		return (text.length() > 64) ? text.substring(0, 64) : text;
	}

}
