package dev.oxidometer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * One jar, two uses: {@code java -jar oxidometer.jar} starts the web application,
 * {@code java -jar oxidometer.jar scan ...} runs the scanner alone, without Spring.
 */
@SpringBootApplication
public class OxidometerApplication {

    public static void main(String[] args) {
        SpringApplication.run(OxidometerApplication.class, args);
    }
}
