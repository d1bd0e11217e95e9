package dev.oxidometer;

import dev.oxidometer.scan.ScanCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * One jar, two uses: {@code java -jar oxidometer.jar} starts the web application,
 * {@code java -jar oxidometer.jar scan ...} runs the scanner alone, without Spring, and
 * {@code java -jar oxidometer.jar rules} prints the counting rules.
 */
@SpringBootApplication
public class OxidometerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("scan")) {
            System.exit(ScanCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("rules")) {
            System.exit(ScanCommand.printRules(System.out));
        }
        SpringApplication.run(OxidometerApplication.class, args);
    }
}
