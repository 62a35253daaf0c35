package org.handshakelab.model.properties;

import static org.handshakelab.model.tcp.State.CLOSED;
import static org.handshakelab.model.tcp.State.CLOSE_WAIT;
import static org.handshakelab.model.tcp.State.CLOSING;
import static org.handshakelab.model.tcp.State.ESTABLISHED;
import static org.handshakelab.model.tcp.State.FIN_WAIT_1;
import static org.handshakelab.model.tcp.State.FIN_WAIT_2;
import static org.handshakelab.model.tcp.State.LAST_ACK;
import static org.handshakelab.model.tcp.State.LISTEN;
import static org.handshakelab.model.tcp.State.SYN_RECEIVED;
import static org.handshakelab.model.tcp.State.SYN_SENT;
import static org.handshakelab.model.tcp.State.TIME_WAIT;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.handshakelab.model.tcp.State;

/**
 * The transition table of tcp-reference.md §2 (RFC 9293 Figure 5 and §3.10) as data: for each
 * state, the states it may move to. Independent of the model's code on purpose.
 */
final class RfcTransitions {
    static final Map<State, Set<State>> ALLOWED = new EnumMap<>(State.class);

    static {
        allow(CLOSED, LISTEN, SYN_SENT);                                   // passive / active OPEN
        allow(LISTEN, SYN_RECEIVED, SYN_SENT, CLOSED);                     // SYN; SEND; CLOSE
        allow(SYN_SENT, ESTABLISHED, SYN_RECEIVED, CLOSED);                // SYN,ACK; SYN; RST / CLOSE / retries
        allow(SYN_RECEIVED, ESTABLISHED, LISTEN, CLOSED, FIN_WAIT_1);      // ACK; RST passive; RST active / ABORT; CLOSE
        allow(ESTABLISHED, FIN_WAIT_1, CLOSE_WAIT, CLOSED);                // CLOSE; FIN; RST / ABORT
        allow(FIN_WAIT_1, FIN_WAIT_2, CLOSING, TIME_WAIT, CLOSED);         // ACK of FIN; FIN; FIN+ACK; RST / ABORT
        allow(FIN_WAIT_2, TIME_WAIT, CLOSED);                              // FIN; RST / ABORT
        allow(CLOSE_WAIT, LAST_ACK, CLOSED);                               // CLOSE; RST / ABORT
        allow(CLOSING, TIME_WAIT, CLOSED);                                 // ACK of FIN; RST / ABORT
        allow(LAST_ACK, CLOSED);                                           // ACK of FIN; RST
        allow(TIME_WAIT, CLOSED);                                          // 2 MSL; RST (without RFC 1337)
    }

    private RfcTransitions() {
    }

    private static void allow(State from, State... to) {
        ALLOWED.put(from, EnumSet.of(to[0], to));
    }

    static boolean allowed(State from, State to) {
        return ALLOWED.get(from).contains(to);
    }
}
