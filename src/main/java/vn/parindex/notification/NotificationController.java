package vn.parindex.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notifications page, the header's unread badge (loaded by htmx), and marking read.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private final NotificationManagement notifications;

	NotificationController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("notifications", this.notifications.mine());
		return "notification/list";
	}

	@GetMapping("/badge")
	String badge(Model model) {
		model.addAttribute("unread", this.notifications.unreadCount());
		return "notification/badge :: badge";
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable long id) {
		this.notifications.markRead(id);
		return "redirect:/notifications";
	}

	@PostMapping("/read-all")
	String readAll(RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "notification.list.all-marked");
		redirect.addFlashAttribute("messageArg", this.notifications.markAllRead());
		return "redirect:/notifications";
	}

	/** Marks read, then goes where the notification leads (always inside the app). */
	@PostMapping("/{id}/open")
	String open(@PathVariable long id) {
		String link = this.notifications.open(id);
		boolean local = link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
		return "redirect:" + (local ? link : "/notifications");
	}

}
