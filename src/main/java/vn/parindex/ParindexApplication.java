package vn.parindex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ParindexApplication {

	public static void main(String[] args) {
		SpringApplication.run(ParindexApplication.class, args);
	}

}
