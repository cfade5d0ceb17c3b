package vn.parindex.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A real Chromium driven by Playwright: Debian's /usr/bin/chromium when present, else
 * Playwright's own. When neither starts, the journey fails and says what to install; it
 * never skips.
 */
final class Browser implements AutoCloseable {

	static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

	static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	static Browser start() {
		Playwright playwright = null;
		try {
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(FLAGS);
			if (Files.isExecutable(DEBIAN_CHROMIUM)) {
				options.setExecutablePath(DEBIAN_CHROMIUM);
			}
			return new Browser(playwright, playwright.chromium().launch(options));
		}
		catch (RuntimeException ex) {
			if (playwright != null) {
				playwright.close();
			}
			throw new IllegalStateException("""
					No Chromium could be started for the browser journeys. Install Debian's Chromium with
					  sudo apt-get update && sudo apt-get install -y chromium
					(the tests use /usr/bin/chromium), then run ./mvnw verify again. Cause: """ + ex.getMessage(), ex);
		}
	}

	/** A fresh page (own cookies) whose relative URLs resolve against the running app. */
	Page page(int port) {
		BrowserContext context = this.browser
			.newContext(new NewContextOptions().setBaseURL("http://127.0.0.1:" + port).setLocale("vi-VN"));
		context.setDefaultTimeout(15_000);
		return context.newPage();
	}

	static void screenshot(Page page, String journey, String step) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target/screenshots", journey + "-" + step + ".png")));
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
