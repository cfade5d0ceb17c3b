package vn.parindex.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's notifications as JSON.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The signed-in user's own notifications")
class NotificationsApiController {

	private final NotificationManagement notifications;

	NotificationsApiController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	@Operation(summary = "List my notifications",
			description = "The signed-in user's notifications, newest first (at most 200); never another user's.")
	List<NotificationRow> mine() {
		return this.notifications.mine();
	}

}
