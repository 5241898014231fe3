package id.sigap.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * Who runs the redis-server of one data directory, as recorded in its owner file (owner-only, 0600):
 * enough for a second Sigap process on the same directory to connect as a client instead of starting
 * a second server, and for the next owner to stop a server its dead predecessor left running.
 *
 * @param ownerPid  the Sigap process holding the directory lock
 * @param serverPid the redis-server process
 * @param port      its loopback port
 * @param password  its {@code requirepass}; empty when it runs without one
 * @param version   its version
 */
record RedisOwner(long ownerPid, long serverPid, int port, String password, String version) {

    String serialize() {
        return "ownerPid=" + ownerPid + "\nserverPid=" + serverPid + "\nport=" + port
                + "\npassword=" + password + "\nversion=" + version + "\n";
    }

    /** The record in {@code text}, or empty when it holds none (a clean shutdown clears it). */
    static Optional<RedisOwner> parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String port = p.getProperty("port");
        if (port == null || port.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RedisOwner(Long.parseLong(p.getProperty("ownerPid", "0")),
                    Long.parseLong(p.getProperty("serverPid", "0")), Integer.parseInt(port),
                    p.getProperty("password", ""), p.getProperty("version", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Never shows the password (this record may end up in a log line or an exception message). */
    @Override
    public String toString() {
        return "RedisOwner[ownerPid=" + ownerPid + ", serverPid=" + serverPid + ", port=" + port
                + ", password=" + (password.isEmpty() ? "none" : "***") + ", version=" + version + "]";
    }
}
