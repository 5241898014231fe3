package id.sigap.gaps;

/** A gap action that cannot be done, with a message for the console (from petugas.yaml). */
public class GapException extends RuntimeException {

    public GapException(String message) {
        super(message);
    }
}
