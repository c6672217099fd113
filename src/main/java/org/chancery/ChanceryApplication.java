package org.chancery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Chancery: the working platform of a central general office. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ChanceryApplication {

	public static void main(String[] args) {
		SpringApplication.run(ChanceryApplication.class, args);
	}
}
