package dev.oxidometer.system;

import java.sql.Connection;
import java.sql.DriverManager;

/** Run in a second JVM by {@link DatabaseInUseTest}: opens an H2 file database and holds it until stdin closes. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS held (id INT)");
            System.out.println("open");
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the database until the test closes our stdin
            }
        }
    }
}
