package id.sigap.web;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A request written by hand on a socket, for what ordinary clients do not let a test do: announce a huge
 * body, send only its first bytes, and read the server's answer.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** Announces {@code declaredBytes} of body, sends {@code sentBytes} of them, and returns the status line. */
    static String postAnnouncing(int port, String path, String contentType, long declaredBytes, int sentBytes)
            throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + declaredBytes + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[sentBytes]);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            return in.readLine();
        }
    }
}
