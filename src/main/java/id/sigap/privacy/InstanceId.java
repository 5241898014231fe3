package id.sigap.privacy;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * This instance's lasting name, kept in {@code SIGAP_DATA_DIR/instance-id}: the same after a restart on the
 * same data directory, so that per-instance deletion work done before a crash is not done again.
 */
@Component
class InstanceId {

    private final String value;

    InstanceId(Environment environment) {
        this.value = read(Path.of(environment.getProperty("sigap.data-dir", "data")));
    }

    private static String read(Path dataDir) {
        Path file = dataDir.resolve("instance-id");
        try {
            Files.createDirectories(dataDir);
            if (!Files.isRegularFile(file)) {
                try {
                    Files.writeString(file, UUID.randomUUID().toString(), StandardCharsets.US_ASCII,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    // written meanwhile by another process on the same directory
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + file, e);
        }
    }

    String value() {
        return value;
    }
}
