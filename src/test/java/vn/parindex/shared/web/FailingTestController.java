package vn.parindex.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Exists only on the test classpath: a page that fails unexpectedly, to prove the 500
 * page.
 */
@Controller
class FailingTestController {

	@GetMapping("/test-only/failure")
	String fail() {
		throw new IllegalStateException("deliberate failure for the 500 page test");
	}

}
