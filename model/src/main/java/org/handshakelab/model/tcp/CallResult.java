package org.handshakelab.model.tcp;

/**
 * What a user call returned: OK, or the error RFC 9293 §3.10 gives for the state it was made in,
 * e.g. "connection does not exist", "connection already exists", "connection closing".
 * A refused call is a result, never an exception.
 */
public record CallResult(boolean ok, String error) {

    public static final CallResult OK = new CallResult(true, null);

    public static CallResult error(String message) {
        return new CallResult(false, message);
    }

    @Override
    public String toString() {
        return ok ? "ok" : "error: " + error;
    }
}
