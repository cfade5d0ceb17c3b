package vn.parindex.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL inside the application when no {@code spring.datasource.url}
 * is configured, so that {@code ./mvnw spring-boot:run} needs nothing installed. Setting
 * {@code SPRING_DATASOURCE_URL} switches it off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(ParindexProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		ParindexProperties.Embedded embedded = properties.embedded();
		if (embedded.persistent()) {
			Path dataDirectory = properties.dataDir().resolve("pg").toAbsolutePath();
			Files.createDirectories(dataDirectory);
			builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(embedded.port());
		}
		// zonky passes -F and synchronous_commit=off; these later settings win, so
		// commits are
		// durable.
		return builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("parindex-embedded");
		return dataSource;
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
