package vn.parindex.journey;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.parindex.IntegrationTest;

/**
 * What every browser journey shares: the running app, one Chromium per class, and a fresh
 * page with its own cookies per call.
 */
@IntegrationTest
@Tag("journey")
abstract class BrowserJourney {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	com.microsoft.playwright.Page newPage() {
		return browser.page(this.port);
	}

}
