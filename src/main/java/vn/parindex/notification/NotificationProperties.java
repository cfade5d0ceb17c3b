package vn.parindex.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings under {@code parindex.notification.*}. The SMTP server itself is
 * set with {@code spring.mail.*}; without {@code spring.mail.host} no mail is sent.
 *
 * @param from the sender address of every mail
 * @param baseUrl where users reach the application, put before the links in mails
 */
@ConfigurationProperties("parindex.notification")
record NotificationProperties(@DefaultValue("cchc@dongthap.gov.vn") String from,
		@DefaultValue("http://localhost:8080") String baseUrl) {

	/** The link as an absolute URL. */
	String absolute(String link) {
		String base = this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		return base + link;
	}

}
