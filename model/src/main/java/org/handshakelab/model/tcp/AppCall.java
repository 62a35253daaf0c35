package org.handshakelab.model.tcp;

import java.nio.charset.StandardCharsets;

/**
 * The user calls of RFC 9293 §3.10.1–§3.10.5 that an application makes on its endpoint. The peer's
 * address and port are fixed by the scenario (there are exactly two endpoints).
 */
public sealed interface AppCall {

    /** A short name for the trace: {@code listen}, {@code connect}, {@code send}, {@code close}, {@code abort}. */
    String name();

    /**
     * Passive OPEN (§3.10.1): CLOSED to LISTEN.
     *
     * @param isn the ISN to use for the connection it accepts, or null to draw one from the scenario's seed
     */
    record Listen(Long isn) implements AppCall {
        public String name() {
            return "listen";
        }
    }

    /**
     * Active OPEN (§3.10.1): send SYN, CLOSED to SYN-SENT.
     *
     * @param isn the ISN to use, or null to draw one from the scenario's seed
     */
    record Connect(Long isn) implements AppCall {
        public String name() {
            return "connect";
        }
    }

    /** SEND (§3.10.2). The data is copied in and never handed out. */
    record Send(byte[] data) implements AppCall {
        public Send {
            data = data.clone();
        }

        public static Send text(String text) {
            return new Send(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        /** The data itself, for the endpoint, which only copies from it (saves a copy per SEND). */
        byte[] dataView() {
            return data;
        }

        public int length() {
            return data.length;
        }

        public String name() {
            return "send";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Send s && java.util.Arrays.equals(data, s.data);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Send[" + data.length + " bytes]";
        }
    }

    /** CLOSE (§3.10.4): "I have no more to send" — a half-close; the endpoint can still receive. */
    record Close() implements AppCall {
        public String name() {
            return "close";
        }
    }

    /** ABORT (§3.10.5): send RST in a synchronized state and drop the connection at once. */
    record Abort() implements AppCall {
        public String name() {
            return "abort";
        }
    }
}
