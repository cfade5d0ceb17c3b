package vn.parindex;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitForm;
import vn.parindex.organisation.UnitRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run command's promise: the embedded PostgreSQL keeps its data under the data
 * directory with fsync on, the demo loads on the first start only, and a second start
 * keeps what users changed. Always runs on the embedded server, whatever
 * SPRING_DATASOURCE_URL says.
 */
class RestartIntegrationTests {

	@TempDir
	Path dataDir;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void secondStartKeepsWhatUsersChangedAndLoadsNoDemoTwice() throws IOException {
		String[] args = { "--parindex.data-dir=" + this.dataDir, "--parindex.embedded.port=" + freePort(),
				"--spring.datasource.url=", "--server.port=0", "--spring.main.banner-mode=off" };
		long units;
		try (ConfigurableApplicationContext first = SpringApplication.run(ParindexApplication.class, args)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
			units = jdbc.sql("select count(*) from organisation_unit").query(Long.class).single();
			assertThat(units).isGreaterThan(100);
			signIn(first, "admin");
			OrganisationManagement organisation = first.getBean(OrganisationManagement.class);
			UnitRow tamNong = organisation.findByCode("H_TAM_NONG").orElseThrow();
			long version = organisation.unit(tamNong.id()).version();
			organisation.update(tamNong.id(),
					new UnitForm(tamNong.code(), "Huyện Tam Nông (đã sửa)", tamNong.shortName(), tamNong.type(),
							tamNong.peerGroupId(), tamNong.provinceId(), tamNong.validFrom(), tamNong.validTo(),
							version));
		}
		assertThat(this.dataDir.resolve("pg/PG_VERSION")).exists();
		try (ConfigurableApplicationContext second = SpringApplication.run(ParindexApplication.class, args)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from organisation_unit").query(Long.class).single()).isEqualTo(units);
			assertThat(jdbc.sql("select name from organisation_unit where code = 'H_TAM_NONG'")
				.query(String.class)
				.single()).isEqualTo("Huyện Tam Nông (đã sửa)");
			assertThat(
					jdbc.sql("select count(*) from identity_user where username = 'admin'").query(Long.class).single())
				.isEqualTo(1);
		}
	}

	private static void signIn(ConfigurableApplicationContext context, String username) {
		UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
