package org.handshakelab.lessons.format;

import java.util.List;
import org.handshakelab.model.tcp.Flags;
import org.handshakelab.model.tcp.Side;
import org.handshakelab.model.tcp.State;

/** The closed sets of words a lesson file may use, and their meaning in the model. */
final class Vocabulary {
    static final List<String> SIDES = List.of("client", "server");
    static final List<String> CALLS = List.of("listen", "connect", "send", "close", "abort");
    static final List<String> DIRECTIONS = List.of("clientToServer", "serverToClient");
    static final List<String> FLAGS = List.of("SYN", "ACK", "FIN", "RST", "PSH");
    static final List<String> ACTIONS = List.of("drop", "delay", "duplicate");
    static final List<String> SEGMENT_EVENTS = List.of("sent", "delivered", "dropped", "discarded");
    static final List<String> TIMERS = List.of("RETRANSMISSION", "TIME_WAIT", "DELAYED_ACK");
    static final List<String> TIMER_EVENTS = List.of("set", "cancelled", "fired");
    /** The RFC's state names with underscores, and (accepted too) with hyphens. */
    static final List<String> STATE_NAMES = List.of("CLOSED", "LISTEN", "SYN_SENT", "SYN_RECEIVED", "ESTABLISHED",
            "FIN_WAIT_1", "FIN_WAIT_2", "CLOSE_WAIT", "CLOSING", "LAST_ACK", "TIME_WAIT");
    static final List<String> STATE_SPELLINGS;

    static {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(STATE_NAMES);
        for (String s : STATE_NAMES) {
            if (s.contains("_")) {
                all.add(s.replace('_', '-'));
            }
        }
        STATE_SPELLINGS = List.copyOf(all);
    }

    private Vocabulary() {
    }

    static Side side(String word) {
        return "client".equals(word) ? Side.CLIENT : Side.SERVER;
    }

    static State state(String word) {
        return State.valueOf(word.replace('-', '_'));
    }

    static int flag(String word) {
        return Flags.parse(word);
    }
}
