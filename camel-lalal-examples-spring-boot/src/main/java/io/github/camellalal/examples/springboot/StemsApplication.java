package io.github.camellalal.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application separating the audio files dropped into a folder. Its only LALAL.AI configuration is
 * {@code application.properties} ({@code camel.component.lalal.api-key}, {@code ...base-url}), applied by
 * camel-lalal-spring-boot-starter.
 */
@SpringBootApplication
public class StemsApplication {

    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(StemsApplication.class, args);
    }
}
